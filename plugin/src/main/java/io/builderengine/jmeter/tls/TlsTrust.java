package io.builderengine.jmeter.tls;

import java.nio.file.Path;

/**
 * Which server certificates a run trusts. Host names are checked in every case.
 *
 * <ul>
 *   <li>{@link #SYSTEM}: the JVM's trust store ({@code -Djavax.net.ssl.trustStore}, else the JDK's
 *       cacerts), as a browser would.
 *   <li>a CA file: exactly the certificates in that PEM file, nothing else.
 *   <li>self-signed: the JVM's trust store, and also any certificate the server signed itself; an
 *       explicit opt-in for test systems, announced with a warning at test start.
 * </ul>
 *
 * <p>Immutable and thread-safe; equal values share one {@link javax.net.ssl.SSLContext}
 * ({@link TlsContexts}).
 *
 * @param trustSelfSigned also accept a certificate the server signed itself
 * @param caFile the PEM file whose certificates are the only ones trusted, or null for none
 */
public record TlsTrust(boolean trustSelfSigned, Path caFile) {

  /** The JVM's own trust store. */
  public static final TlsTrust SYSTEM = new TlsTrust(false, null);

  /** Whether this is the JVM's own trust with nothing added. */
  public boolean isSystem() {
    return !trustSelfSigned && caFile == null;
  }

  /** For logs, e.g. "the certificates in /etc/ca.pem". */
  public String describe() {
    String base = caFile == null ? "the JVM's trust store" : "the certificates in " + caFile;
    return trustSelfSigned ? base + " and self-signed certificates" : base;
  }
}
