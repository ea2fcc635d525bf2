package io.builderengine.jmeter.media;

/**
 * RFC 3550 (section 6.4.1) interarrival jitter: the mean deviation of the spacing of arrivals from
 * the spacing of their sending, smoothed with gain 1/16. For frames i and j with arrival times R
 * and sender timestamps S, D(i,j) = (Rj - Ri) - (Sj - Si), and J += (|D(i-1,i)| - J) / 16.
 *
 * <p>One writer (the WebSocket read thread) calls {@link #arrival}; any thread may read
 * {@link #jitterMicros()}.
 */
final class InterarrivalJitter {

  private static final double GAIN = 1.0 / 16;

  private long previousTransitMicros;
  private boolean hasPrevious;
  private volatile double jitterMicros;

  /**
   * @param arrivalMicros when the frame arrived, on any clock that does not jump
   * @param senderMicros the frame's place on the sender's timeline
   */
  void arrival(long arrivalMicros, long senderMicros) {
    // Transit times carry an unknown clock offset; only their differences are used.
    long transitMicros = arrivalMicros - senderMicros;
    if (hasPrevious) {
      long deviation = Math.abs(transitMicros - previousTransitMicros);
      jitterMicros += (deviation - jitterMicros) * GAIN;
    }
    previousTransitMicros = transitMicros;
    hasPrevious = true;
  }

  /** The current estimate, in µs; 0 before two frames arrived. */
  double jitterMicros() {
    return jitterMicros;
  }
}
