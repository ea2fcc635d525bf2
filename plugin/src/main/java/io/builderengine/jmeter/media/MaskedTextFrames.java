package io.builderengine.jmeter.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Encodes a client's WebSocket text frame (RFC 6455 section 5.2: FIN, opcode 1, a fresh 4-byte
 * masking key, the masked payload) in one array, straight from the text when it is ASCII, as
 * every frame message of the send loop is.
 *
 * <p>Why not Java-WebSocket's {@code send(String)}: per frame it builds the String, its UTF-8
 * bytes, a frame object and a masked copy written byte by byte through a ByteBuffer, and, as the
 * argument of a trace log call that is evaluated even with tracing off, yet another String of the
 * whole frame. Profiling 100 streams put a third of the client's Java CPU there; this is one
 * allocation and one pass.
 *
 * <p>Not thread-safe: one per stream, on the sending thread.
 */
final class MaskedTextFrames {

  private static final int FIN_TEXT = 0x81;
  private static final int MASKED = 0x80;
  private static final int LENGTH_16_BITS = 126;
  private static final int LENGTH_64_BITS = 127;
  private static final int MASK_KEY_BYTES = 4;

  /** Masking keys must be unpredictable to intermediaries (RFC 6455 section 10.3). */
  private final SecureRandom maskKeys = new SecureRandom();

  /**
   * @param text the message, read once; ASCII is masked as it is copied, anything else goes
   *     through a UTF-8 encoding first
   * @return the frame, ready for the socket
   */
  ByteBuffer encode(CharSequence text) {
    int length = text.length();
    byte[] frame = header(length);
    int payload = frame.length - length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return encode(text.toString().getBytes(StandardCharsets.UTF_8));
      }
      frame[payload + i] = (byte) (c ^ frame[payload - MASK_KEY_BYTES + (i & 3)]);
    }
    return ByteBuffer.wrap(frame);
  }

  private ByteBuffer encode(byte[] utf8) {
    byte[] frame = header(utf8.length);
    int payload = frame.length - utf8.length;
    for (int i = 0; i < utf8.length; i++) {
      frame[payload + i] = (byte) (utf8[i] ^ frame[payload - MASK_KEY_BYTES + (i & 3)]);
    }
    return ByteBuffer.wrap(frame);
  }

  /** A frame array for {@code length} payload bytes, its header and masking key filled in. */
  private byte[] header(int length) {
    int header = length < LENGTH_16_BITS ? 2 : length <= 0xFFFF ? 4 : 10;
    byte[] frame = new byte[header + MASK_KEY_BYTES + length];
    frame[0] = (byte) FIN_TEXT;
    if (header == 2) {
      frame[1] = (byte) (MASKED | length);
    } else if (header == 4) {
      frame[1] = (byte) (MASKED | LENGTH_16_BITS);
      frame[2] = (byte) (length >>> 8);
      frame[3] = (byte) length;
    } else {
      frame[1] = (byte) (MASKED | LENGTH_64_BITS);
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
      }
    }
    int key = maskKeys.nextInt();
    for (int i = 0; i < MASK_KEY_BYTES; i++) {
      frame[header + i] = (byte) (key >>> (24 - 8 * i));
    }
    return frame;
  }
}
