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
 */
public record Thresholds(double maxAvgResponseTimeMs, double maxP95ResponseTimeMs, double maxP99ResponseTimeMs,
    double maxErrorRate, double minRequestsPerSecond) {
}
