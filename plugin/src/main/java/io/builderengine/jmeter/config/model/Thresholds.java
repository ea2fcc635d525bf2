package io.builderengine.jmeter.config.model;

/**
 * The file's {@code thresholds}: the limits a run must stay within to pass. {@link ConfigLoader} has
 * checked that every limit is more than 0 and the error rate is between 0 and 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAvgResponseTimeMs highest mean response time, in milliseconds
 * @param maxP95ResponseTimeMs highest 95th percentile response time, in milliseconds
 * @param maxP99ResponseTimeMs highest 99th percentile response time, in milliseconds
 * @param maxErrorRate highest share of failed requests, 0 to 1 (0.01 is 1%)
 * @param minRequestsPerSecond lowest achieved throughput, in requests per second
 * @param maxP95CorrectedMs highest 95th percentile response time from the intended start (a Target Rate
 *     Timer's slot), in milliseconds; NaN when the file sets none
 * @param maxP99CorrectedMs the same at the 99th percentile; NaN when the file sets none
 * @param generatorMaxCpu the load generator's process CPU, as a share of the machine (0 to 1), above
 *     which the generator was the bottleneck and a failing run is INCONCLUSIVE
 * @param generatorMaxScheduleLagMs the p99 of scheduled samples' start lag above which the same holds
 */
public record Thresholds(double maxAvgResponseTimeMs, double maxP95ResponseTimeMs, double maxP99ResponseTimeMs,
    double maxErrorRate, double minRequestsPerSecond, double maxP95CorrectedMs, double maxP99CorrectedMs,
    double generatorMaxCpu, double generatorMaxScheduleLagMs) {

  public static final double DEFAULT_GENERATOR_MAX_CPU = 0.8;
  public static final double DEFAULT_GENERATOR_MAX_SCHEDULE_LAG_MS = 10;

  /** The old suite's five limits, no corrected ones, the default generator limits. */
  public Thresholds(double maxAvgResponseTimeMs, double maxP95ResponseTimeMs, double maxP99ResponseTimeMs,
      double maxErrorRate, double minRequestsPerSecond) {
    this(maxAvgResponseTimeMs, maxP95ResponseTimeMs, maxP99ResponseTimeMs, maxErrorRate, minRequestsPerSecond,
        Double.NaN, Double.NaN, DEFAULT_GENERATOR_MAX_CPU, DEFAULT_GENERATOR_MAX_SCHEDULE_LAG_MS);
  }
}
