package io.builderengine.jmeter.media;

/**
 * Changes the sample rate of linear samples by straight-line interpolation between neighbours.
 * Good enough to give a server speech-like load; it has no low-pass filter, so downsampling folds
 * content above the new Nyquist frequency back into the band. Stateless and thread-safe.
 */
final class LinearResampler {

  private LinearResampler() {
  }

  /**
   * @param samples at least one sample
   * @return the same duration of audio at {@code toRateHz}, at least one sample
   */
  static short[] resample(short[] samples, int fromRateHz, int toRateHz) {
    if (fromRateHz <= 0 || toRateHz <= 0) {
      throw new IllegalArgumentException("sample rates must be positive, got " + fromRateHz
          + " and " + toRateHz);
    }
    int length = (int) Math.max(1, Math.round((double) samples.length * toRateHz / fromRateHz));
    short[] out = new short[length];
    double step = (double) fromRateHz / toRateHz;
    int last = samples.length - 1;
    for (int i = 0; i < length; i++) {
      double position = i * step;
      int before = Math.min((int) position, last);
      int after = Math.min(before + 1, last);
      double fraction = position - before;
      out[i] = (short) Math.round(samples[before] + (samples[after] - samples[before]) * fraction);
    }
    return out;
  }
}
