package io.builderengine.jmeter.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The {@link SSLContext} of each {@link TlsTrust}, built once and shared by every connection of a
 * run: building one reads a trust store, too slow for each stream, and a shared context lets
 * connections resume TLS sessions as a real client's would. {@link TlsTrust#SYSTEM} is the JVM's
 * default context, so {@code -Djavax.net.ssl.trustStore} applies as it does everywhere else.
 *
 * <p>Thread-safe.
 */
public final class TlsContexts {

  private static final ConcurrentMap<TlsTrust, SSLContext> BUILT = new ConcurrentHashMap<>();

  private TlsContexts() {
  }

  /**
   * @throws IllegalArgumentException naming the CA file (or the JVM's trust store) when it cannot be used
   */
  public static SSLContext forTrust(TlsTrust trust) {
    if (trust.isSystem()) {
      return systemDefault();
    }
    return BUILT.computeIfAbsent(trust, TlsContexts::build);
  }

  /**
   * Builds the context again, reading the CA file anew: called at test start, so a file changed
   * since an earlier run in this JVM (the GUI) is the one used.
   *
   * @throws IllegalArgumentException naming the CA file when it cannot be used
   */
  public static SSLContext reload(TlsTrust trust) {
    if (trust.isSystem()) {
      return systemDefault();
    }
    SSLContext context = build(trust);
    BUILT.put(trust, context);
    return context;
  }

  private static SSLContext build(TlsTrust trust) {
    try {
      X509TrustManager base = trustManager(trust.caFile() == null ? null : caStore(PemCertificates.read(
          trust.caFile())));
      X509TrustManager chosen = trust.trustSelfSigned() ? new SelfSignedTrustManager(base) : base;
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {chosen}, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("cannot set up TLS trust (" + trust.describe() + "): " + e.getMessage(), e);
    }
  }

  /** @param store the trusted certificates; null for the JVM's trust store */
  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
  }

  private static KeyStore caStore(List<X509Certificate> certificates)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    for (int i = 0; i < certificates.size(); i++) {
      store.setCertificateEntry("ca-" + i, certificates.get(i));
    }
    return store;
  }

  private static SSLContext systemDefault() {
    try {
      return SSLContext.getDefault();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the JVM's default TLS context cannot be built (check"
          + " -Djavax.net.ssl.trustStore and its password): " + e.getMessage(), e);
    }
  }
}
