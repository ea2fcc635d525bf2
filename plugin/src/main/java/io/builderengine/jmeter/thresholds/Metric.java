package io.builderengine.jmeter.thresholds;

import io.builderengine.jmeter.stats.LabelStats;
import java.util.function.ToDoubleFunction;

/**
 * The old suite's threshold keys, what each measures and which way it fails. Latency limits are
 * checked on successful samples, so a fast stream of errors cannot make a slow service look fast.
 */
public enum Metric {
  MAX_AVG_RESPONSE_TIME_MS("max_avg_response_time_ms", "mean response time of successful samples, ms", true,
      stats -> stats.elapsedSuccessful().meanMs()),
  MAX_P95_RESPONSE_TIME_MS("max_p95_response_time_ms", "p95 response time of successful samples, ms", true,
      stats -> stats.elapsedSuccessful().p95Ms()),
  MAX_P99_RESPONSE_TIME_MS("max_p99_response_time_ms", "p99 response time of successful samples, ms", true,
      stats -> stats.elapsedSuccessful().p99Ms()),
  MAX_ERROR_RATE("max_error_rate", "failed samples / all samples", false, LabelStats::errorRate),
  MIN_REQUESTS_PER_SECOND("min_requests_per_second", "samples per second over the active window", false,
      LabelStats::throughputPerSecond);

  private final String key;
  private final String meaning;
  private final boolean latency;
  private final ToDoubleFunction<LabelStats> measure;

  Metric(String key, String meaning, boolean latency, ToDoubleFunction<LabelStats> measure) {
    this.key = key;
    this.meaning = meaning;
    this.latency = latency;
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
    return latency;
  }

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
}
