package io.builderengine.jmeter.tls;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Tells a refused server certificate apart from other TLS and I/O failures, and says why in a few
 * words, e.g. "no trusted certificate path (self-signed, or signed by an authority the trust store
 * does not hold)" rather than the JDK's "PKIX path building failed: sun.security...". Stateless and
 * thread-safe.
 */
public final class CertificateProblems {

  /** What a user can do about it; appended where there is room for a hint. */
  public static final String HINT = "add the certificate to a trust store (-Djavax.net.ssl.trustStore),"
      + " or set target.tls.ca_file or target.tls.trust_self_signed";

  private CertificateProblems() {
  }

  /** Why the certificate was refused, or empty when {@code failure} is not about the certificate. */
  public static Optional<String> reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertPathBuilderException) {
        return Optional.of("no trusted certificate path (self-signed, or signed by an authority the"
            + " trust store does not hold)");
      }
      if (cause instanceof CertPathValidatorException validator) {
        return Optional.of("certificate path not valid (" + validator.getReason() + ": "
            + firstLine(validator.getMessage()) + ")");
      }
      if (cause instanceof CertificateException || cause instanceof SSLPeerUnverifiedException) {
        if (cause.getCause() == null || cause.getCause() == cause) {
          // The JDK's and HttpClient's host name checks: "No subject alternative names matching IP
          // address 10.0.0.1 found", "Certificate for <host> doesn't match ...".
          return Optional.of(firstLine(cause.getMessage()));
        }
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "refused";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
