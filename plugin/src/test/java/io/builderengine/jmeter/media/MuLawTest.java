package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MuLawTest {

  @Test
  void encodesTheKnownG711Codes() {
    // Values of ITU-T G.711 table 2a as every mu-law codec (Sun's g711.c, sox, Twilio) has them.
    assertThat(MuLaw.encode(0)).isEqualTo((byte) 0xFF);
    assertThat(MuLaw.encode(-1)).isEqualTo((byte) 0x7F);
    assertThat(MuLaw.encode(32_767)).isEqualTo((byte) 0x80);
    assertThat(MuLaw.encode(-32_768)).isEqualTo((byte) 0x00);
    assertThat(MuLaw.encode(1_000)).isEqualTo((byte) 0xCE);
    assertThat(MuLaw.encode(-1_000)).isEqualTo((byte) 0x4E);
    assertThat(MuLaw.encode(100)).isEqualTo((byte) 0xF2);
  }

  @Test
  void decodesTheKnownG711Levels() {
    assertThat(MuLaw.decode((byte) 0xFF)).isEqualTo((short) 0);
    assertThat(MuLaw.decode((byte) 0x80)).isEqualTo((short) 32_124);
    assertThat(MuLaw.decode((byte) 0x00)).isEqualTo((short) -32_124);
    assertThat(MuLaw.decode((byte) 0xCE)).isEqualTo((short) 988);
  }

  @Test
  void everyCodeSurvivesDecodeAndEncode() {
    for (int code = 0; code < 256; code++) {
      byte mulaw = (byte) code;
      if (mulaw == 0x7F) {
        continue; // "negative zero" decodes to 0, which encodes as the positive 0xFF
      }
      assertThat(MuLaw.encode(MuLaw.decode(mulaw))).as("code 0x%02X", code).isEqualTo(mulaw);
    }
  }

  @Test
  void quantisationErrorStaysWithinHalfAStepOfItsSegment() {
    for (int pcm = -32_000; pcm <= 32_000; pcm += 7) {
      int decoded = MuLaw.decode(MuLaw.encode(pcm));
      // The step doubles per segment, from 8 (near zero) to 1024; the error is at most half of it.
      int step = Math.max(8, Integer.highestOneBit(Math.abs(pcm) + 0x84) >> 4);
      assertThat(Math.abs(decoded - pcm)).as("pcm %d -> %d (step %d)", pcm, decoded, step)
          .isLessThanOrEqualTo(step);
    }
  }
}
