package io.builderengine.jmeter.media;

/**
 * Reads single values out of JSON text without parsing it into objects, for the WebSocket read
 * thread, which sees one server message per frame. A key is found by its first occurrence at or
 * after an index, wherever it is nested: callers narrow the search by starting after an enclosing
 * key. Stateless and thread-safe; finding and comparing values allocates nothing.
 */
final class JsonScan {

  /** What {@link #longValue} returns for a missing or non-numeric value. */
  static final long ABSENT = Long.MIN_VALUE;

  /** More digits could overflow a long; no value this client reads is that long. */
  private static final int MAX_DIGITS = 18;

  private JsonScan() {
  }

  /**
   * @return the index of the first character of the value of the first {@code "key":} at or after
   *     {@code from}, or -1
   */
  static int valueStart(String json, String key, int from) {
    int at = Math.max(from, 1);
    while ((at = json.indexOf(key, at)) > 0) {
      int end = at + key.length();
      if (json.charAt(at - 1) == '"' && end < json.length() && json.charAt(end) == '"') {
        int colon = skipSpaces(json, end + 1);
        if (colon < json.length() && json.charAt(colon) == ':') {
          return skipSpaces(json, colon + 1);
        }
      }
      at = end; // a value that equals the key, e.g. "event":"media" before "media":{
    }
    return -1;
  }

  /** Whether the first {@code key} has the string value {@code expected}. */
  static boolean hasString(String json, String key, String expected) {
    int value = valueStart(json, key, 0);
    int close = value + 1 + expected.length();
    return value >= 0 && json.charAt(value) == '"' && json.startsWith(expected, value + 1)
        && close < json.length() && json.charAt(close) == '"';
  }

  /** Whether the first {@code key} has a string value starting with {@code prefix}. */
  static boolean hasStringPrefix(String json, String key, String prefix) {
    int value = valueStart(json, key, 0);
    return value >= 0 && json.charAt(value) == '"' && json.startsWith(prefix, value + 1);
  }

  /**
   * The first {@code key} at or after {@code from} as a whole number, written bare or as a string
   * ({@code 40} or {@code "40"}, as Twilio writes its numbers).
   *
   * @return the number, or {@link #ABSENT}
   */
  static long longValue(String json, String key, int from) {
    int at = valueStart(json, key, from);
    if (at < 0) {
      return ABSENT;
    }
    if (json.charAt(at) == '"') {
      at++;
    }
    boolean negative = at < json.length() && json.charAt(at) == '-';
    if (negative) {
      at++;
    }
    long value = 0;
    int digits = 0;
    for (; at < json.length() && digits <= MAX_DIGITS; at++, digits++) {
      char c = json.charAt(at);
      if (c < '0' || c > '9') {
        break;
      }
      value = value * 10 + (c - '0');
    }
    if (digits == 0 || digits > MAX_DIGITS) {
      return ABSENT;
    }
    return negative ? -value : value;
  }

  /**
   * The first {@code key} at or after {@code from} as a string, unescaped. Allocates: for rare
   * messages such as errors.
   *
   * @return the string, or null when the key is missing or its value is not a string
   */
  static String stringValue(String json, String key, int from) {
    int at = valueStart(json, key, from);
    if (at < 0 || json.charAt(at) != '"') {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (at++; at < json.length(); at++) {
      char c = json.charAt(at);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\' || at + 1 >= json.length()) {
        out.append(c);
        continue;
      }
      char escaped = json.charAt(++at);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (at + 4 >= json.length()) {
            return out.toString();
          }
          out.append((char) Integer.parseInt(json, at + 1, at + 5, 16));
          at += 4;
        }
        default -> out.append(escaped); // \" \\ \/
      }
    }
    return out.toString(); // unterminated: what there is
  }

  private static int skipSpaces(String json, int at) {
    while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
      at++;
    }
    return at;
  }
}
