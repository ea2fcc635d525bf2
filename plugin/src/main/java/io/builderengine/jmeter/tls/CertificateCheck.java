package io.builderengine.jmeter.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One TLS handshake with a server, checking its certificate and host name as our clients do: run
 * at test start for an https target, because JMeter's own HTTP Request sampler accepts any
 * certificate by design and would otherwise load an untrusted server without a word. Stateless and
 * thread-safe.
 */
public final class CertificateCheck {

  private static final int HTTPS_PORT = 443;

  private CertificateCheck() {
  }

  /**
   * @param url an https (or wss) URL; its host and port are contacted
   * @param timeoutMillis for the connect and for the handshake, each
   * @return why the certificate is not trusted, or empty when the handshake succeeded
   * @throws IOException when the server cannot be reached or the handshake fails for another
   *     reason (a refused connection, a timeout, a protocol mismatch): not a certificate verdict
   */
  public static Optional<String> untrustedReason(URI url, TlsTrust trust, int timeoutMillis) throws IOException {
    String host = url.getHost();
    int port = url.getPort() == -1 ? HTTPS_PORT : url.getPort();
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(host, port), timeoutMillis);
      plain.setSoTimeout(timeoutMillis);
      try (SSLSocket tls = (SSLSocket) TlsContexts.forTrust(trust).getSocketFactory()
          .createSocket(plain, host, port, true)) {
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return Optional.empty();
      }
    } catch (SSLException failure) {
      Optional<String> reason = CertificateProblems.reason(failure);
      if (reason.isPresent()) {
        return reason;
      }
      throw failure;
    }
  }
}
