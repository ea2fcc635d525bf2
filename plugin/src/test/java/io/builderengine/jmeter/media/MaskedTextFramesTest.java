package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Client text frames as RFC 6455 section 5.2 lays them out, for each of the three length forms. */
class MaskedTextFramesTest {

  private final MaskedTextFrames frames = new MaskedTextFrames();

  @Test
  void shortPayloadHasItsLengthInTheSecondByte() {
    byte[] frame = array(frames.encode("{\"a\":1}"));
    assertThat(frame[0] & 0xFF).as("FIN + text").isEqualTo(0x81);
    assertThat(frame[1] & 0xFF).as("mask bit + length 7").isEqualTo(0x80 | 7);
    assertThat(frame).hasSize(2 + 4 + 7);
    assertThat(unmask(frame, 2)).isEqualTo("{\"a\":1}");
  }

  @Test
  void mediumPayloadHasA16BitLength() {
    String text = "x".repeat(340);
    byte[] frame = array(frames.encode(new StringBuilder(text)));
    assertThat(frame[1] & 0xFF).isEqualTo(0x80 | 126);
    assertThat(((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF)).isEqualTo(340);
    assertThat(unmask(frame, 4)).isEqualTo(text);
  }

  @Test
  void longPayloadHasA64BitLength() {
    String text = "y".repeat(70_000);
    byte[] frame = array(frames.encode(text));
    assertThat(frame[1] & 0xFF).isEqualTo(0x80 | 127);
    assertThat(ByteBuffer.wrap(frame, 2, 8).getLong()).isEqualTo(70_000);
    assertThat(unmask(frame, 10)).isEqualTo(text);
  }

  @Test
  void nonAsciiTextIsSentAsUtf8() {
    String text = "{\"callSid\":\"caf\u00e9 \u20ac\"}";
    byte[] frame = array(frames.encode(text));
    int utf8Length = text.getBytes(StandardCharsets.UTF_8).length;
    assertThat(frame[1] & 0x7F).isEqualTo(utf8Length);
    assertThat(unmask(frame, 2, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void eachFrameGetsItsOwnMaskingKey() {
    byte[] first = array(frames.encode("same"));
    byte[] second = array(frames.encode("same"));
    // Equal keys would give equal frames; 2^-32 is the chance of a false failure.
    assertThat(first).isNotEqualTo(second);
  }

  private static byte[] array(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static String unmask(byte[] frame, int keyAt) {
    return unmask(frame, keyAt, StandardCharsets.US_ASCII);
  }

  private static String unmask(byte[] frame, int keyAt, java.nio.charset.Charset charset) {
    byte[] payload = new byte[frame.length - keyAt - 4];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) (frame[keyAt + 4 + i] ^ frame[keyAt + (i & 3)]);
    }
    return new String(payload, charset);
  }
}
