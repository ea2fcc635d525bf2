package io.builderengine.jmeter.stats;

/**
 * Summary of one measure, in milliseconds, over a set of samples (elapsed, latency or connect time)
 * or of streams (each stream's p99 send lag). Percentiles are nearest-rank values read from an
 * HdrHistogram: within {@link RunStats#relativeError()} of the exact value, or the histogram's unit
 * (1 ms, or 1 µs for stream figures), whichever is larger. All zero when {@code count} is 0.
 */
public record Distribution(long count, double minMs, double meanMs, double stdDevMs, double maxMs,
    double p50Ms, double p90Ms, double p95Ms, double p99Ms, double p999Ms) {

  public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
