package io.builderengine.launcher.report;

/**
 * A scenario's key figures, from its summary.json's overall row (top-level samples, steps not
 * counted); latencies are of successful samples, as the thresholds judge them.
 *
 * @param throughputPerSecond samples per second over the active window
 */
public record Figures(long samples, long errors, double errorRate, double throughputPerSecond, double meanMs,
    double p95Ms, double p99Ms) {

  static final Figures NONE = new Figures(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
