package io.builderengine.jmeter.media;

/**
 * A sine tone at half of full scale (-6 dBFS), continuous in phase from frame to frame. Not
 * thread-safe: one per stream.
 */
final class ToneAudioSource implements AudioSource {

  /** Loud enough for speech detectors, and far from clipping in mu-law's top segment. */
  private static final double AMPLITUDE = 0.5 * Short.MAX_VALUE;

  private static final double TWO_PI = 2 * Math.PI;

  private final AudioEncoding encoding;
  private final double radiansPerSample;
  private double phaseRadians;

  /**
   * @throws IllegalArgumentException unless 0 &lt; frequency &lt; half the sample rate (a tone at
   *     or above the Nyquist frequency cannot be represented)
   */
  ToneAudioSource(AudioEncoding encoding, double frequencyHz) {
    double nyquistHz = encoding.sampleRateHz() / 2.0;
    if (!(frequencyHz > 0 && frequencyHz < nyquistHz)) {
      throw new IllegalArgumentException("frequencyHz must be above 0 and below " + nyquistHz
          + " (half the sample rate of " + encoding + "), got " + frequencyHz);
    }
    this.encoding = encoding;
    this.radiansPerSample = TWO_PI * frequencyHz / encoding.sampleRateHz();
  }

  @Override
  public void nextFrame(byte[] frame) {
    int samples = frame.length / encoding.bytesPerSample();
    for (int i = 0; i < samples; i++) {
      Pcm16.put((short) Math.round(AMPLITUDE * Math.sin(phaseRadians)), encoding, frame, i);
      // Wrapping keeps the phase small, so the sine stays exact over hours of audio.
      phaseRadians += radiansPerSample;
      if (phaseRadians >= TWO_PI) {
        phaseRadians -= TWO_PI;
      }
    }
  }
}
