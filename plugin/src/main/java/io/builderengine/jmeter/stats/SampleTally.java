package io.builderengine.jmeter.stats;

/**
 * Everything {@link LabelStats} reports about a set of samples (one label's or step's, or the labels'
 * merged for the overall row), in memory that does not grow with the number of samples. The
 * media-stream figures are made with the first sample that carries some, so a label without streams
 * pays nothing for them.
 *
 * <p>Not thread-safe: {@link StatsRecorder} guards each label's tally with the tally's own monitor, and
 * merges copies of them outside it.
 */
final class SampleTally {

  private final DistributionTally elapsedAll = new DistributionTally();
  private final DistributionTally elapsedSuccessful = new DistributionTally();
  private final DistributionTally latencySuccessful = new DistributionTally();
  private final DistributionTally connectSuccessful = new DistributionTally();
  private final ErrorTally failures;
  /** Null until a sample carries stream figures. */
  private StreamTally streams;
  private long samples;
  private long errors;
  private long bytesReceived;
  private long bytesSent;
  private long firstStartMillis = Long.MAX_VALUE;
  private long lastEndMillis = Long.MIN_VALUE;

  /** @param distinctFailuresTracked see {@link ErrorTally#ErrorTally(int)} */
  SampleTally(int distinctFailuresTracked) {
    failures = new ErrorTally(distinctFailuresTracked);
  }

  /**
   * @param startMillis epoch ms; a sample without one (0 or less) counts everywhere except in the
   *     active window
   * @param elapsedMillis 0 to {@link Integer#MAX_VALUE}, as are latency and connect time
   * @param stream the sample's media-stream figures, or null when it carries none
   */
  void record(long startMillis, long elapsedMillis, long latencyMillis, long connectMillis, boolean successful,
      String responseCode, String responseMessage, long bytesReceived, long bytesSent, StreamQuality stream) {
    samples++;
    this.bytesReceived += bytesReceived;
    this.bytesSent += bytesSent;
    if (startMillis > 0) {
      firstStartMillis = Math.min(firstStartMillis, startMillis);
      lastEndMillis = Math.max(lastEndMillis, startMillis + elapsedMillis);
    }
    elapsedAll.record(elapsedMillis);
    if (successful) {
      elapsedSuccessful.record(elapsedMillis);
      latencySuccessful.record(latencyMillis);
      connectSuccessful.record(connectMillis);
    } else {
      errors++;
      failures.record(responseCode, responseMessage);
    }
    if (stream != null) {
      streams().record(stream);
    }
  }

  void add(SampleTally other) {
    samples += other.samples;
    errors += other.errors;
    bytesReceived += other.bytesReceived;
    bytesSent += other.bytesSent;
    firstStartMillis = Math.min(firstStartMillis, other.firstStartMillis);
    lastEndMillis = Math.max(lastEndMillis, other.lastEndMillis);
    elapsedAll.add(other.elapsedAll);
    elapsedSuccessful.add(other.elapsedSuccessful);
    latencySuccessful.add(other.latencySuccessful);
    connectSuccessful.add(other.connectSuccessful);
    failures.add(other.failures);
    if (other.streams != null) {
      streams().add(other.streams);
    }
  }

  private StreamTally streams() {
    if (streams == null) {
      streams = new StreamTally();
    }
    return streams;
  }

  LabelStats toStats(String label, int topErrors) {
    boolean timed = firstStartMillis <= lastEndMillis;
    long windowMillis = timed ? lastEndMillis - firstStartMillis : 0;
    // A window of 0 ms (one instant sample) has no meaningful rate; 0 reads better than infinity.
    double throughputPerSecond = windowMillis > 0 ? samples * 1000.0 / windowMillis : 0;
    return new LabelStats(label, samples, errors, samples == 0 ? 0 : (double) errors / samples,
        throughputPerSecond, bytesReceived, bytesSent, elapsedAll.toDistribution(),
        elapsedSuccessful.toDistribution(), latencySuccessful.toDistribution(), connectSuccessful.toDistribution(),
        timed ? firstStartMillis : 0, timed ? lastEndMillis : 0, failures.top(topErrors),
        streams == null ? null : streams.toStats());
  }
}
