package io.builderengine.jmeter.media;

import io.builderengine.jmeter.tls.CertificateProblems;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a connection attempt failed, from what Java-WebSocket reported: the exception of a
 * failed TCP connect, or the close it makes of a refused upgrade (for an HTTP error it closes with
 * 1002 and the reason "Invalid status code received: 500 Status line: HTTP/1.1 500 ..."). Every
 * message names the URI, with any credential in its query masked. Stateless and thread-safe.
 */
final class ConnectFailures {

  private static final Pattern STATUS = Pattern.compile("Invalid status code received: (\\d+)");
  private static final Pattern CREDENTIAL =
      Pattern.compile("(?i)((?:api_key|apikey|token|key)=)[^&]*");

  private ConnectFailures() {
  }

  /**
   * @param error the first error Java-WebSocket reported, or null
   * @param close how the attempt ended, or null if it had not by the time the wait ended
   * @param timedOut whether the wait ended at the connect timeout before any outcome
   */
  static Failure classify(URI uri, Exception error, CloseEvent close, boolean timedOut,
      long connectTimeoutMillis) {
    String where = display(uri);
    Integer status = httpStatus(error, close);
    if (status != null) {
      return new Failure(StreamFailure.HANDSHAKE_REFUSED,
          "upgrade refused with HTTP " + status + " by " + where + hint(status));
    }
    if (timedOut || error instanceof SocketTimeoutException) {
      return new Failure(StreamFailure.CONNECT_TIMEOUT,
          "not connected within " + connectTimeoutMillis + " ms: " + where);
    }
    Optional<String> certificate = error == null ? Optional.empty() : CertificateProblems.reason(error);
    if (certificate.isPresent()) {
      return new Failure(StreamFailure.CONNECT_FAILED, "Certificate not trusted (" + certificate.get() + "): "
          + where + "; " + CertificateProblems.HINT);
    }
    if (error instanceof UnknownHostException) {
      return new Failure(StreamFailure.CONNECT_FAILED, "Unknown host " + uri.getHost() + ": "
          + where);
    }
    if (error != null) {
      String cause = error.getMessage() == null ? error.getClass().getSimpleName()
          : error.getMessage();
      return new Failure(StreamFailure.CONNECT_FAILED, cause + ": " + where);
    }
    if (close != null && !close.reason().isEmpty()) {
      return new Failure(StreamFailure.HANDSHAKE_REFUSED,
          "upgrade refused by " + where + ": " + close.reason());
    }
    return new Failure(StreamFailure.CONNECT_FAILED,
        "the connection closed before the upgrade completed: " + where);
  }

  /** The URI for messages: no user info, credentials in the query masked. */
  static String display(URI uri) {
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? ""
        : "?" + CREDENTIAL.matcher(uri.getRawQuery()).replaceAll("$1****");
    return uri.getScheme() + "://" + uri.getHost() + port + uri.getRawPath() + query;
  }

  private static Integer httpStatus(Exception error, CloseEvent close) {
    for (String text : new String[] {error == null ? null : error.getMessage(),
        close == null ? null : close.reason()}) {
      if (text != null) {
        Matcher status = STATUS.matcher(text);
        if (status.find()) {
          return Integer.valueOf(status.group(1));
        }
      }
    }
    return null;
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 -> "; check the API key in the X-API-Key handshake header";
      case 404 -> "; check the path and the call id";
      default -> "";
    };
  }
}
