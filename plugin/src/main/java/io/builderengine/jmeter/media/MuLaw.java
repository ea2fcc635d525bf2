package io.builderengine.jmeter.media;

/**
 * G.711 mu-law companding: 16-bit linear PCM to 8-bit mu-law and back, as ITU-T G.711 (and Sun's
 * reference code, which every telephony stack follows) defines it. Stateless and thread-safe.
 */
final class MuLaw {

  /** Added before the segment search so that the 8 segments line up on powers of two. */
  private static final int BIAS = 0x84;

  /** Largest magnitude that still fits the top segment once the bias is added. */
  private static final int CLIP = 32_635;

  private MuLaw() {
  }

  /** One linear sample as mu-law, e.g. 0 as 0xFF and 32767 as 0x80. */
  static byte encode(int pcm16) {
    int sign = pcm16 < 0 ? 0x80 : 0;
    int magnitude = Math.min(Math.abs(pcm16), CLIP) + BIAS;
    // The segment (exponent) is the position of the highest set bit among bits 7 to 14.
    int exponent = 31 - Integer.numberOfLeadingZeros(magnitude) - 7;
    int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    // G.711 transmits the code inverted, so that silence is not a long run of zero bits.
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  /** One mu-law sample as linear PCM16, e.g. 0xFF as 0 and 0x80 as 32124. */
  static short decode(byte mulaw) {
    int code = ~mulaw & 0xFF;
    int exponent = (code >> 4) & 0x07;
    int mantissa = code & 0x0F;
    int magnitude = (((mantissa << 3) + BIAS) << exponent) - BIAS;
    return (short) ((code & 0x80) != 0 ? -magnitude : magnitude);
  }
}
