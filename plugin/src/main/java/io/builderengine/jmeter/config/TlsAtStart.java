package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.ConfigException;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.tls.CertificateCheck;
import io.builderengine.jmeter.tls.TlsContexts;
import io.builderengine.jmeter.tls.TlsTrust;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS part of test start: sets up the run's trust (reading a CA file anew), warns once when
 * self-signed certificates are trusted, and for an https target makes one handshake that checks
 * the certificate as our own samplers do. That check is what stops a run against an untrusted
 * server: JMeter's HTTP Request sampler (api.jmx, quick.jmx) accepts every certificate and checks
 * no host name, by JMeter's design.
 *
 * <p>A server that cannot be reached at start is not a certificate problem: the run goes on, and
 * its samples report why they fail. Stateless and thread-safe.
 */
final class TlsAtStart {

  private static final Logger log = LoggerFactory.getLogger(TlsAtStart.class);
  /** The start-up check waits no longer than this, whatever the run's connect timeout. */
  private static final int MAX_CHECK_MILLIS = 5_000;

  private TlsAtStart() {
  }

  /**
   * @throws ConfigException with the one line to show when the CA file cannot be used or the
   *     target's certificate is not trusted
   */
  static void prepare(RunSettings run) {
    TlsTrust trust = run.tls();
    try {
      TlsContexts.reload(trust);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("target.tls: " + e.getMessage(), e);
    }
    URI base = URI.create(run.baseUrl());
    if (trust.trustSelfSigned()) {
      String warning = "WARNING: target.tls.trust_self_signed is on: a self-signed certificate from "
          + base.getHost() + " is trusted without knowing who issued it. Use it only for a test system;"
          + " target.tls.ca_file trusts one certificate instead.";
      log.warn(warning);
      System.out.println(warning); // NOSONAR the one line a headless user reads
    }
    if ("https".equalsIgnoreCase(base.getScheme())) {
      untrustedCertificate(base, trust, run).ifPresent(problem -> {
        throw new ConfigException(problem);
      });
    }
  }

  private static Optional<String> untrustedCertificate(URI base, TlsTrust trust, RunSettings run) {
    String server = "https://" + base.getRawAuthority();
    int timeoutMillis = (int) Math.min(MAX_CHECK_MILLIS, Math.round(run.requests().connectionTimeoutSeconds() * 1000));
    try {
      Optional<String> reason = CertificateCheck.untrustedReason(base, trust, Math.max(1, timeoutMillis));
      if (reason.isEmpty()) {
        log.info("Certificate of {} trusted ({}; host name checked)", server, trust.describe());
      }
      return reason.map(why -> "certificate of " + server + " not trusted: " + why
          + "; add it to a trust store (-Djavax.net.ssl.trustStore) or set target.tls.ca_file or"
          + " target.tls.trust_self_signed");
    } catch (IOException e) {
      log.warn("Could not check the certificate of {} at start ({}); the samples will report what fails",
          server, e.toString());
      return Optional.empty();
    }
  }
}
