package io.builderengine.jmeter.calls;

import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;

/**
 * Headers as JMeter shows them, one "Name: value" a line, with credentials masked: results end up
 * in JTL files and listeners, which must not leak the API key. Stateless and thread-safe.
 */
final class HeaderText {

  static final String API_KEY_HEADER = "X-API-Key";
  static final String MASK = "****";

  private HeaderText() {
  }

  static String of(HttpRequest request) {
    StringBuilder text = new StringBuilder();
    for (Header header : request.getAllHeaders()) {
      text.append(header.getName()).append(": ").append(masked(header)).append('\n');
    }
    return text.toString();
  }

  /** The status line first, as JMeter's HTTP sampler shows response headers. */
  static String of(HttpResponse response) {
    StringBuilder text = new StringBuilder().append(response.getStatusLine()).append('\n');
    for (Header header : response.getAllHeaders()) {
      text.append(header.getName()).append(": ").append(header.getValue()).append('\n');
    }
    return text.toString();
  }

  private static String masked(Header header) {
    if (header.getName().equalsIgnoreCase(API_KEY_HEADER)) {
      return MASK;
    }
    if (header.getName().equalsIgnoreCase(HttpHeaders.AUTHORIZATION)) {
      // Keep the scheme: "Bearer ****" still tells which kind of credential travelled.
      int space = header.getValue().indexOf(' ');
      return space < 0 ? MASK : header.getValue().substring(0, space + 1) + MASK;
    }
    return header.getValue();
  }
}
