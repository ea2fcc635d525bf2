package io.builderengine.jmeter.stats;

import org.HdrHistogram.Histogram;

/**
 * Builds one {@link Distribution}: an auto-resizing HdrHistogram with 3 significant digits for the
 * percentiles, and {@link ExactMoments} for count, min, max, mean and standard deviation, which the
 * histogram would only approximate.
 *
 * <p>Memory depends on the largest value recorded, never on how many: about 17 KB up to 2 s, 50 KB up
 * to 30 s, at most 180 KB (values are capped at {@link Integer#MAX_VALUE} ms by the caller).
 *
 * <p>Not thread-safe: the owner guards it.
 */
final class DistributionTally {

  static final int SIGNIFICANT_DIGITS = 3;

  private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
  private final ExactMoments moments = new ExactMoments();

  /** @param valueMillis 0 to {@link Integer#MAX_VALUE} */
  void record(long valueMillis) {
    histogram.recordValue(valueMillis);
    moments.record(valueMillis);
  }

  void add(DistributionTally other) {
    histogram.add(other.histogram);
    moments.add(other.moments);
  }

  Distribution toDistribution() {
    if (moments.count() == 0) {
      return Distribution.EMPTY;
    }
    return new Distribution(moments.count(), moments.minMillis(), moments.meanMillis(),
        moments.standardDeviationMillis(), moments.maxMillis(), percentileMillis(50), percentileMillis(90),
        percentileMillis(95), percentileMillis(99), percentileMillis(99.9));
  }

  /**
   * Nearest rank, read as the highest value the histogram treats as equal to the ranked one; that can
   * exceed the largest value actually recorded by up to the histogram's resolution, hence the cap.
   */
  private double percentileMillis(double percentile) {
    return Math.min(histogram.getValueAtPercentile(percentile), moments.maxMillis());
  }
}
