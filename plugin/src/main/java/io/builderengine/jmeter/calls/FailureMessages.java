package io.builderengine.jmeter.calls;

import io.builderengine.jmeter.tls.CertificateProblems;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.client.ClientProtocolException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;

/**
 * Turns an I/O failure into the one line a tester reads in a listener: the cause, the timeout that
 * expired (in ms), and the URL. Failures to connect name the server ({@code http://host:port}),
 * failures during the exchange name the request ({@code POST http://host:port/path}). Stateless and
 * thread-safe.
 */
final class FailureMessages {

  private FailureMessages() {
  }

  static String describe(IOException failure, String method, URI url, CallTarget target) {
    String server = url.getScheme() + "://" + url.getRawAuthority();
    String request = method + " " + url;
    // ConnectTimeoutException is not a SocketTimeoutException: it must be told apart first anyway.
    if (failure instanceof ConnectTimeoutException) {
      return "Connect timed out after " + target.connectTimeoutMillis() + " ms: " + server;
    }
    if (failure instanceof HttpHostConnectException || failure instanceof ConnectException) {
      Throwable cause = failure.getCause() instanceof ConnectException ? failure.getCause() : failure;
      return textOr(cause.getMessage(), "Connection refused") + ": " + server;
    }
    if (failure instanceof UnknownHostException) {
      return "Unknown host " + url.getHost() + ": " + server;
    }
    if (failure instanceof SocketTimeoutException) {
      return "Read timed out after " + target.responseTimeoutMillis() + " ms: " + request;
    }
    if (failure instanceof NoHttpResponseException) {
      return "No response: the server closed the connection: " + request;
    }
    Optional<String> certificate = CertificateProblems.reason(failure);
    if (certificate.isPresent()) {
      return "Certificate not trusted (" + certificate.get() + "): " + server + "; " + CertificateProblems.HINT;
    }
    if (failure instanceof SSLException) {
      return "TLS failure (" + failure.getMessage() + "): " + server;
    }
    if (failure instanceof SocketException) {
      // "Connection reset", "Broken pipe": the JDK's text already names the cause.
      return textOr(failure.getMessage(), "Socket error") + ": " + request;
    }
    if (failure instanceof ClientProtocolException) {
      Throwable cause = failure.getCause() == null ? failure : failure.getCause();
      return "Protocol error (" + textOr(cause.getMessage(), cause.getClass().getSimpleName())
          + "): " + request;
    }
    return failure.getClass().getSimpleName() + " (" + failure.getMessage() + "): " + request;
  }

  /** A bug or a misuse on our side, e.g. a URL HttpClient refuses: still a failed step, not a throw. */
  static String describe(RuntimeException failure, String method, String url) {
    return "Client error " + failure.getClass().getSimpleName() + " (" + failure.getMessage()
        + "): " + method + " " + url;
  }

  private static String textOr(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }
}
