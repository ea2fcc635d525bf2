package io.builderengine.jmeter.tls;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts what its base trusts, and also a server that presents a single certificate it signed
 * itself (issuer is subject, its own key verifies it, within its validity dates). Anything else the
 * base refuses stays refused: a chain from an unknown authority, an expired certificate.
 *
 * <p>Deliberately a plain {@link X509TrustManager}: the JDK wraps it and then checks the host name
 * (when the socket asks for it) and the algorithm constraints itself, so those checks stay on.
 *
 * <p>Thread-safe if the base is.
 */
final class SelfSignedTrustManager implements X509TrustManager {

  private final X509TrustManager base;

  SelfSignedTrustManager(X509TrustManager base) {
    this.base = base;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    try {
      base.checkServerTrusted(chain, authType);
    } catch (CertificateException refused) {
      if (chain == null || chain.length != 1 || !isSelfSigned(chain[0])) {
        throw refused;
      }
      chain[0].checkValidity();
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
    base.checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return base.getAcceptedIssuers();
  }

  static boolean isSelfSigned(X509Certificate certificate) {
    if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
      return false;
    }
    try {
      certificate.verify(certificate.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
