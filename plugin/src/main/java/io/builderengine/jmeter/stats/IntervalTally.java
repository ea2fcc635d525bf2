package io.builderengine.jmeter.stats;

import org.HdrHistogram.Histogram;

/**
 * Samples, errors, elapsed-time percentiles and peak active threads of (a share of) one time-series
 * bucket. Percentiles come from a 2-significant-digit histogram (1% resolution), read like
 * {@link DistributionTally}'s (nearest rank, capped at the exact maximum): a bucket only needs a
 * picture of its own interval, and a small histogram keeps the open ones cheap (5 to 20 KB).
 *
 * <p>Not thread-safe: {@link IntervalSeries} guards each with its own monitor.
 */
final class IntervalTally {

  static final int SIGNIFICANT_DIGITS = 2;

  private final Histogram elapsed = new Histogram(SIGNIFICANT_DIGITS);
  private long errors;
  private long maxElapsedMillis;
  private int maxActiveThreads;

  /** @param elapsedMillis 0 to {@link Integer#MAX_VALUE} */
  void record(long elapsedMillis, boolean successful, int activeThreads) {
    elapsed.recordValue(elapsedMillis);
    if (!successful) {
      errors++;
    }
    maxElapsedMillis = Math.max(maxElapsedMillis, elapsedMillis);
    maxActiveThreads = Math.max(maxActiveThreads, activeThreads);
  }

  void add(IntervalTally other) {
    elapsed.add(other.elapsed);
    errors += other.errors;
    maxElapsedMillis = Math.max(maxElapsedMillis, other.maxElapsedMillis);
    maxActiveThreads = Math.max(maxActiveThreads, other.maxActiveThreads);
  }

  IntervalStats toStats(long startMillis) {
    return new IntervalStats(startMillis, elapsed.getTotalCount(), errors, percentileMillis(50),
        percentileMillis(95), percentileMillis(99), maxActiveThreads);
  }

  private double percentileMillis(double percentile) {
    return Math.min(elapsed.getValueAtPercentile(percentile), maxElapsedMillis);
  }
}
