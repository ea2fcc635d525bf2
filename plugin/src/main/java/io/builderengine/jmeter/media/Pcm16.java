package io.builderengine.jmeter.media;

/**
 * Linear 16-bit samples and their wire forms: little-endian PCM16 bytes, or one mu-law byte per
 * sample. Stateless and thread-safe.
 */
final class Pcm16 {

  private Pcm16() {
  }

  /** Reads {@code byteLength / 2} little-endian signed samples starting at {@code offset}. */
  static short[] fromLittleEndian(byte[] bytes, int offset, int byteLength) {
    short[] samples = new short[byteLength / 2];
    for (int i = 0; i < samples.length; i++) {
      int at = offset + 2 * i;
      samples[i] = (short) ((bytes[at] & 0xFF) | (bytes[at + 1] << 8));
    }
    return samples;
  }

  /** Writes one sample as sample number {@code sampleIndex} of {@code out} in {@code encoding}. */
  static void put(short sample, AudioEncoding encoding, byte[] out, int sampleIndex) {
    if (encoding == AudioEncoding.MULAW_8K) {
      out[sampleIndex] = MuLaw.encode(sample);
    } else {
      out[2 * sampleIndex] = (byte) sample;
      out[2 * sampleIndex + 1] = (byte) (sample >> 8);
    }
  }

  /** All samples in {@code encoding}: mu-law bytes, or little-endian PCM16. */
  static byte[] encode(short[] samples, AudioEncoding encoding) {
    byte[] out = new byte[samples.length * encoding.bytesPerSample()];
    for (int i = 0; i < samples.length; i++) {
      put(samples[i], encoding, out, i);
    }
    return out;
  }
}
