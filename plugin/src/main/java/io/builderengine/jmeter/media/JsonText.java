package io.builderengine.jmeter.media;

import java.util.Base64;

/**
 * Writes JSON values into a reused {@link StringBuilder}, for the messages of the send loop. Not
 * thread-safe: one per stream (it holds the base64 buffer).
 */
public final class JsonText {

  private final Base64.Encoder base64 = Base64.getEncoder();
  private final byte[] base64Buffer;

  /** @param maxBinaryBytes the longest array {@link #appendBase64} will be given */
  JsonText(int maxBinaryBytes) {
    this.base64Buffer = new byte[4 * ((maxBinaryBytes + 2) / 3)];
  }

  /** Appends {@code bytes} as base64 text (no quotes) without an intermediate String. */
  void appendBase64(StringBuilder out, byte[] bytes) {
    int length = base64.encode(bytes, base64Buffer);
    for (int i = 0; i < length; i++) {
      out.append((char) base64Buffer[i]); // base64 is ASCII
    }
  }

  /** Appends a JSON string literal, quoted and escaped; null as {@code null}. */
  public static StringBuilder appendString(StringBuilder out, String value) {
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
