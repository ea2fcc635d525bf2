package io.builderengine.jmeter.stats;

import org.HdrHistogram.Histogram;

/**
 * Builds one {@link Distribution}: an auto-resizing HdrHistogram with 3 significant digits for the
 * percentiles, and {@link ExactMoments} for count, min, max, mean and standard deviation, which the
 * histogram would only approximate.
 *
 * <p>Values are whole numbers of the tally's unit: milliseconds for response times, microseconds
 * for media-stream send lag, whose milliseconds would be too coarse. The distribution is in
 * milliseconds either way.
 *
 * <p>Memory depends on the largest value recorded, never on how many: about 17 KB up to 2,000 units,
 * 50 KB up to 30,000, at most 180 KB (values are capped at {@link Integer#MAX_VALUE} units by the caller).
 *
 * <p>Not thread-safe: the owner guards it.
 */
final class DistributionTally {

  static final int SIGNIFICANT_DIGITS = 3;

  private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
  private final ExactMoments moments = new ExactMoments();
  private final double unitsPerMillisecond;

  /** A tally of whole milliseconds. */
  DistributionTally() {
    this(1);
  }

  /** @param unitsPerMillisecond 1 for values in milliseconds, 1000 for microseconds */
  DistributionTally(int unitsPerMillisecond) {
    this.unitsPerMillisecond = unitsPerMillisecond;
  }

  /** @param value in the tally's unit, 0 to {@link Integer#MAX_VALUE} */
  void record(long value) {
    histogram.recordValue(value);
    moments.record(value);
  }

  /** @param other a tally of the same unit */
  void add(DistributionTally other) {
    histogram.add(other.histogram);
    moments.add(other.moments);
  }

  Distribution toDistribution() {
    if (moments.count() == 0) {
      return Distribution.EMPTY;
    }
    return new Distribution(moments.count(), millis(moments.min()), millis(moments.mean()),
        millis(moments.standardDeviation()), millis(moments.max()), percentileMillis(50), percentileMillis(90),
        percentileMillis(95), percentileMillis(99), percentileMillis(99.9));
  }

  /**
   * Nearest rank, read as the highest value the histogram treats as equal to the ranked one; that can
   * exceed the largest value actually recorded by up to the histogram's resolution, hence the cap.
   */
  private double percentileMillis(double percentile) {
    return millis(Math.min(histogram.getValueAtPercentile(percentile), moments.max()));
  }

  private double millis(double value) {
    return value / unitsPerMillisecond;
  }
}
