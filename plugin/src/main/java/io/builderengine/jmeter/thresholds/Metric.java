package io.builderengine.jmeter.thresholds;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.PoolStats;
import io.builderengine.jmeter.stats.StreamStats;
import java.util.function.ToDoubleFunction;

/**
 * The threshold keys, what each measures and which way it fails: the old suite's five, two on
 * latency from the intended start (coordinated-omission corrected), four on media-stream quality and
 * one on database connection pools. Latency limits are checked on
 * successful samples, so a fast stream of errors cannot make a slow service look fast.
 *
 * <p>Stream metrics read the {@link StreamStats} of a label's samples that carried stream figures; on
 * a label without any they are NOT_APPLICABLE, and where the figure was never measured (no frame
 * sent, no pong) their actual value is NaN, which the evaluator reports as NO_DATA. The pool metric
 * reads the {@link PoolStats} of a label's database samples, and is NOT_APPLICABLE on a label without.
 */
public enum Metric {
  MAX_AVG_RESPONSE_TIME_MS("max_avg_response_time_ms", "mean response time of successful samples, ms",
      Source.SUCCESSFUL_LATENCY, stats -> stats.elapsedSuccessful().meanMs()),
  MAX_P95_RESPONSE_TIME_MS("max_p95_response_time_ms", "p95 response time of successful samples, ms",
      Source.SUCCESSFUL_LATENCY, stats -> stats.elapsedSuccessful().p95Ms()),
  MAX_P99_RESPONSE_TIME_MS("max_p99_response_time_ms", "p99 response time of successful samples, ms",
      Source.SUCCESSFUL_LATENCY, stats -> stats.elapsedSuccessful().p99Ms()),
  /**
   * From each sample's intended start (its slot in a Target Rate Timer's schedule) to its end: the
   * latency that a stalled target cannot hide by holding up the threads that would have measured it.
   * Equal to the plain p95 for samples without a schedule.
   */
  MAX_P95_CORRECTED_MS("max_p95_corrected_ms",
      "p95 response time from the intended start (coordinated-omission corrected) of successful samples, ms",
      Source.SUCCESSFUL_LATENCY, stats -> stats.correctedSuccessful().p95Ms()),
  MAX_P99_CORRECTED_MS("max_p99_corrected_ms",
      "p99 response time from the intended start (coordinated-omission corrected) of successful samples, ms",
      Source.SUCCESSFUL_LATENCY, stats -> stats.correctedSuccessful().p99Ms()),
  MAX_ERROR_RATE("max_error_rate", "failed samples / all samples", Source.SAMPLES, LabelStats::errorRate),
  MIN_REQUESTS_PER_SECOND("min_requests_per_second", "samples per second over the active window", Source.SAMPLES,
      LabelStats::throughputPerSecond),
  /**
   * The p99 across streams, not the worst stream: one stream held up by a pause of the load generator
   * should not fail a run of hundreds. With fewer than 100 streams the two are the same.
   */
  MAX_SEND_LAG_P99_MS("max_send_lag_p99_ms", "p99 across streams of each stream's p99 send lag, ms", Source.STREAMS,
      streams(stream -> stream.sendLagP99().p99Ms())),
  MAX_LATE_FRAME_RATE("max_late_frame_rate", "late frames / frames sent", Source.STREAMS,
      streams(stream -> stream.framesSent() == 0 ? Double.NaN : stream.lateFrameRate())),
  MAX_JITTER_MS("max_jitter_ms", "mean over streams of each stream's jitter, ms", Source.STREAMS,
      streams(StreamStats::jitterMeanMs)),
  MAX_PING_RTT_MS("max_ping_rtt_ms", "mean over streams with pongs of each stream's ping round trip, ms",
      Source.STREAMS, streams(stream -> stream.streamsWithPongs() == 0 ? Double.NaN : stream.pingRttMeanMs())),
  /**
   * Over every database sample, failed ones included: the samples a pool could not serve in time are
   * the ones that waited longest.
   */
  MAX_CONNECTION_WAIT_P95_MS("max_connection_wait_p95_ms", "p95 wait for a pooled connection of database samples, ms",
      Source.POOLS, stats -> stats.pool() == null ? Double.NaN : stats.pool().connectionWait().p95Ms());

  /** Which figures of a label a metric reads. */
  private enum Source {
    SAMPLES,
    SUCCESSFUL_LATENCY,
    STREAMS,
    POOLS
  }

  private final String key;
  private final String meaning;
  private final Source source;
  private final ToDoubleFunction<LabelStats> measure;

  Metric(String key, String meaning, Source source, ToDoubleFunction<LabelStats> measure) {
    this.key = key;
    this.meaning = meaning;
    this.source = source;
    this.measure = measure;
  }

  /** The key as the config file and the reports name it. */
  public String key() {
    return key;
  }

  public String meaning() {
    return meaning;
  }

  /** Whether the metric is a response time, needing enough successful samples to mean anything. */
  public boolean isLatency() {
    return source == Source.SUCCESSFUL_LATENCY;
  }

  /** Whether the metric reads media-stream figures, which only labels whose samples stream audio have. */
  public boolean isStream() {
    return source == Source.STREAMS;
  }

  /** Whether the metric reads connection-pool figures, which only labels of database samples have. */
  public boolean isPool() {
    return source == Source.POOLS;
  }

  /** Whether the label has the figures the metric reads: stream and pool metrics need samples that carried some. */
  boolean appliesTo(LabelStats stats) {
    return switch (source) {
      case STREAMS -> stats.stream() != null;
      case POOLS -> stats.pool() != null;
      case SAMPLES, SUCCESSFUL_LATENCY -> true;
    };
  }

  /** @return the measured value; NaN when the label lacks the figures or this one was never measured */
  double actual(LabelStats stats) {
    return measure.applyAsDouble(stats);
  }

  /** min_* limits are floors; every other limit is a ceiling. */
  boolean withinLimit(double actual, double limit) {
    return this == MIN_REQUESTS_PER_SECOND ? actual >= limit : actual <= limit;
  }

  /** @return the metric of a config key, or null when the key names none */
  public static Metric ofKey(String key) {
    for (Metric metric : values()) {
      if (metric.key.equals(key)) {
        return metric;
      }
    }
    return null;
  }

  private static ToDoubleFunction<LabelStats> streams(ToDoubleFunction<StreamStats> figure) {
    return stats -> stats.stream() == null ? Double.NaN : figure.applyAsDouble(stats.stream());
  }
}
