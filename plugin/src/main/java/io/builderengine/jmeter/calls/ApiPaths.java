package io.builderengine.jmeter.calls;

import java.nio.charset.StandardCharsets;

/** The platform's call-related request paths. Stateless and thread-safe. */
final class ApiPaths {

  static final String CALLS = "/api/v1/calls";
  /** 100 is the most the API serves in one page. */
  static final String AGENTS_FIRST_PAGE = "/api/v1/agents?page_size=100";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ApiPaths() {
  }

  /** {@code /api/v1/calls/{callId}}, the id percent-encoded as one path segment. */
  static String call(String callId) {
    return CALLS + "/" + encodeSegment(callId);
  }

  /**
   * Percent-encodes all but RFC 3986's unreserved characters: ids come from server answers, and a
   * '/' or '?' in one must not change which route the request hits.
   */
  static String encodeSegment(String segment) {
    StringBuilder encoded = new StringBuilder(segment.length());
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (isUnreserved(c)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
      }
    }
    return encoded.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
