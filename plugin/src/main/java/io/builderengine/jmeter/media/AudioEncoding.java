package io.builderengine.jmeter.media;

/**
 * The audio carried by a stream, one mono channel sent in frames of a few milliseconds (20 ms on
 * the platform's streams). Immutable.
 */
public enum AudioEncoding {

  /** 8000 Hz G.711 mu-law, one byte per sample: 160 bytes per 20 ms. Twilio Media Streams' format. */
  MULAW_8K(8_000, 1, "audio/x-mulaw"),

  /** 16000 Hz signed 16-bit little-endian PCM: 640 bytes per 20 ms. The SDK stream's format. */
  PCM16_16K(16_000, 2, "audio/l16");

  private static final int MILLIS_PER_SECOND = 1_000;

  private final int sampleRateHz;
  private final int bytesPerSample;
  private final String mimeType;

  AudioEncoding(int sampleRateHz, int bytesPerSample, String mimeType) {
    this.sampleRateHz = sampleRateHz;
    this.bytesPerSample = bytesPerSample;
    this.mimeType = mimeType;
  }

  /** Samples per second. */
  public int sampleRateHz() {
    return sampleRateHz;
  }

  /** Bytes of one sample: 1 for mu-law, 2 for PCM16. */
  public int bytesPerSample() {
    return bytesPerSample;
  }

  /** The media type a stream announces, e.g. {@code audio/x-mulaw} in Twilio's mediaFormat. */
  public String mimeType() {
    return mimeType;
  }

  /**
   * The size of one frame.
   *
   * @param frameMillis the frame's duration in milliseconds, at least 1
   * @return bytes per frame, e.g. 160 for 20 ms of {@link #MULAW_8K}
   * @throws IllegalArgumentException for a duration below 1 ms
   */
  public int bytesPerFrame(int frameMillis) {
    if (frameMillis < 1) {
      throw new IllegalArgumentException("frameMillis must be 1 or more, got " + frameMillis);
    }
    // Both rates are whole kHz, so every whole millisecond is a whole number of samples.
    return sampleRateHz / MILLIS_PER_SECOND * frameMillis * bytesPerSample;
  }
}
