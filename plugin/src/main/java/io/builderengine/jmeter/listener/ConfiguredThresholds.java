package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.model.Thresholds;
import io.builderengine.jmeter.thresholds.Metric;
import java.util.EnumMap;
import java.util.Map;

/** The config file's {@code thresholds} section as limits per metric. */
final class ConfiguredThresholds {

  private ConfiguredThresholds() {
  }

  static Map<Metric, Double> limits(Thresholds thresholds) {
    Map<Metric, Double> limits = new EnumMap<>(Metric.class);
    limits.put(Metric.MAX_AVG_RESPONSE_TIME_MS, thresholds.maxAvgResponseTimeMs());
    limits.put(Metric.MAX_P95_RESPONSE_TIME_MS, thresholds.maxP95ResponseTimeMs());
    limits.put(Metric.MAX_P99_RESPONSE_TIME_MS, thresholds.maxP99ResponseTimeMs());
    limits.put(Metric.MAX_ERROR_RATE, thresholds.maxErrorRate());
    limits.put(Metric.MIN_REQUESTS_PER_SECOND, thresholds.minRequestsPerSecond());
    putIfSet(limits, Metric.MAX_P95_CORRECTED_MS, thresholds.maxP95CorrectedMs());
    putIfSet(limits, Metric.MAX_P99_CORRECTED_MS, thresholds.maxP99CorrectedMs());
    return limits;
  }

  /** The corrected limits are optional in the file: NaN when it sets none. */
  private static void putIfSet(Map<Metric, Double> limits, Metric metric, double limit) {
    if (!Double.isNaN(limit)) {
      limits.put(metric, limit);
    }
  }
}
