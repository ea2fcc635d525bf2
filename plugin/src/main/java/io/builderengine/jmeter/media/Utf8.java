package io.builderengine.jmeter.media;

/** UTF-8 sizes of text without encoding it. Stateless and thread-safe. */
final class Utf8 {

  private Utf8() {
  }

  /** The number of bytes {@code text} takes in UTF-8 (a lone surrogate counts as '?', one byte). */
  static int length(String text) {
    int bytes = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          bytes += 2; // 4 bytes for the pair's 2 chars
          i++;
        } else if (!Character.isSurrogate(c)) {
          bytes += 2;
        }
      }
    }
    return bytes;
  }
}
