package io.builderengine.jmeter.stats;

/**
 * Everything {@link StreamStats} reports about the media streams of one label (or of several merged,
 * for the overall row), in memory that does not grow with the number of streams: sums and maxima,
 * exact means of jitter and ping round trip ({@link ExactMoments}), and a histogram of the per-stream
 * p99 send lags. Figures are kept in whole microseconds: a send lag or a jitter is often below a
 * millisecond, where whole milliseconds would read as 0.
 *
 * <p>Memory: about 50 KB while the per-stream p99 send lags stay under 30 ms, at most 180 KB.
 *
 * <p>Not thread-safe: it belongs to a {@link SampleTally}, under whose owner's lock a stream's
 * figures are recorded together with its sample.
 */
final class StreamTally {

  private static final int MICROS_PER_MILLISECOND = 1000;
  private static final double LARGEST_MILLIS = (double) Integer.MAX_VALUE / MICROS_PER_MILLISECOND;

  private final DistributionTally sendLagP99 = new DistributionTally(MICROS_PER_MILLISECOND);
  private final ExactMoments jitterMicros = new ExactMoments();
  private final ExactMoments pingRttMicros = new ExactMoments();
  private long streams;
  private long framesSent;
  private long framesReceived;
  private long lateFrames;
  private long pongs;
  private long sendLagMaxMicros;

  void record(StreamQuality stream) {
    streams++;
    framesSent += Math.max(0, stream.framesSent());
    framesReceived += Math.max(0, stream.framesReceived());
    lateFrames += Math.max(0, stream.lateFrames());
    sendLagP99.record(micros(stream.sendLagP99Millis()));
    sendLagMaxMicros = Math.max(sendLagMaxMicros, micros(stream.sendLagMaxMillis()));
    jitterMicros.record(micros(stream.jitterMillis()));
    long streamPongs = Math.max(0, stream.pongs());
    pongs += streamPongs;
    double pingRttMillis = stream.pingRttAvgMillis();
    // Without a pong the stream's average is 0 or NaN, not a round trip: it must not pull the mean down.
    if (streamPongs > 0 && Double.isFinite(pingRttMillis)) {
      pingRttMicros.record(micros(pingRttMillis));
    }
  }

  void add(StreamTally other) {
    streams += other.streams;
    framesSent += other.framesSent;
    framesReceived += other.framesReceived;
    lateFrames += other.lateFrames;
    pongs += other.pongs;
    sendLagMaxMicros = Math.max(sendLagMaxMicros, other.sendLagMaxMicros);
    sendLagP99.add(other.sendLagP99);
    jitterMicros.add(other.jitterMicros);
    pingRttMicros.add(other.pingRttMicros);
  }

  StreamStats toStats() {
    return new StreamStats(streams, framesSent, framesReceived, lateFrames,
        framesSent == 0 ? 0 : (double) lateFrames / framesSent, sendLagP99.toDistribution(), millis(sendLagMaxMicros),
        millis(jitterMicros.mean()), millis(jitterMicros.max()), pingRttMicros.count(), pongs,
        millis(pingRttMicros.mean()));
  }

  /** Whole microseconds, 0 for a figure that is NaN or below 0, capped where its square would overflow. */
  private static long micros(double millis) {
    if (!(millis > 0)) {
      return 0;
    }
    return millis >= LARGEST_MILLIS ? Integer.MAX_VALUE : Math.round(millis * MICROS_PER_MILLISECOND);
  }

  private static double millis(double micros) {
    return micros / MICROS_PER_MILLISECOND;
  }
}
