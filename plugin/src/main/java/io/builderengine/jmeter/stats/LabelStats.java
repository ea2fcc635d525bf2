package io.builderengine.jmeter.stats;

import java.util.List;

/**
 * Whole-run figures of one sample label or step (or of all top-level samples, for the overall row).
 *
 * @param samples every sample, failed ones included
 * @param errors failed samples
 * @param errorRate errors / samples, 0 to 1; 0 when there is no sample
 * @param throughputPerSecond samples / active window (first start to last end) in seconds
 * @param elapsedAll response times of every sample
 * @param elapsedSuccessful response times of successful samples only (thresholds use these)
 * @param latencySuccessful time to first byte of successful samples
 * @param connectSuccessful connect time of successful samples
 * @param firstStartMillis epoch ms of the first sample's start, 0 when none
 * @param lastEndMillis epoch ms of the last sample's end, 0 when none
 * @param topErrors the most frequent failures, most frequent first
 * @param stream the media-stream quality of the samples that carried it, null when none did
 * @param pool the connection-pool figures of the samples that carried them (database samples), null
 *     when none did
 * @param correctedSuccessful response times of successful samples measured from their intended start
 *     (their slot in a Target Rate Timer's schedule) rather than from when they went out: the latency a
 *     user arriving on schedule would have seen, which waiting for a busy thread does not hide
 *     (coordinated omission). A sample without a slot counts its elapsed time, so with no schedule at
 *     all this equals {@code elapsedSuccessful}
 * @param schedule how the samples kept to their schedule, null when none carried a slot
 */
public record LabelStats(String label, long samples, long errors, double errorRate, double throughputPerSecond,
    long bytesReceived, long bytesSent, Distribution elapsedAll, Distribution elapsedSuccessful,
    Distribution latencySuccessful, Distribution connectSuccessful, long firstStartMillis, long lastEndMillis,
    List<ErrorCount> topErrors, StreamStats stream, PoolStats pool, Distribution correctedSuccessful,
    ScheduleStats schedule) {

  /** Figures of samples that had no rate schedule: the corrected latencies are the elapsed ones. */
  public LabelStats(String label, long samples, long errors, double errorRate, double throughputPerSecond,
      long bytesReceived, long bytesSent, Distribution elapsedAll, Distribution elapsedSuccessful,
      Distribution latencySuccessful, Distribution connectSuccessful, long firstStartMillis, long lastEndMillis,
      List<ErrorCount> topErrors, StreamStats stream, PoolStats pool) {
    this(label, samples, errors, errorRate, throughputPerSecond, bytesReceived, bytesSent, elapsedAll,
        elapsedSuccessful, latencySuccessful, connectSuccessful, firstStartMillis, lastEndMillis, topErrors, stream,
        pool, elapsedSuccessful, null);
  }
}
