package io.builderengine.jmeter.thresholds;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import java.util.List;

/** Hand-made statistics for threshold tests: only the figures a test sets matter. */
final class StatsFixtures {

  private StatsFixtures() {
  }

  /** A label whose successful samples all took {@code elapsedMs}, at {@code rps}. */
  static LabelStats label(String name, long samples, long errors, double elapsedMs, double p95Ms, double p99Ms,
      double rps) {
    Distribution successful = new Distribution(samples - errors, elapsedMs, elapsedMs, 0, p99Ms, elapsedMs, p95Ms,
        p95Ms, p99Ms, p99Ms);
    return new LabelStats(name, samples, errors, samples == 0 ? 0 : (double) errors / samples, rps, 0, 0, successful,
        samples == errors ? Distribution.EMPTY : successful, Distribution.EMPTY, Distribution.EMPTY, 0, 0, List.of());
  }

  static RunStats run(LabelStats overall, LabelStats... labels) {
    return new RunStats(overall, List.of(labels), List.of(), 1000, "test", 0.001);
  }
}
