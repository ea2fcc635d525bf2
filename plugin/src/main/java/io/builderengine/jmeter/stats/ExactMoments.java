package io.builderengine.jmeter.stats;

import java.math.BigInteger;

/**
 * Count, sum, sum of squares, minimum and maximum of whole-number values in the owner's unit
 * (milliseconds for response times, microseconds for media-stream figures), kept in integers so
 * that the mean and the (population) standard deviation are exact up to the final rounding to a
 * double, and two sets merge by plain addition in any order. A double sum of squares would lose the
 * variance of a long run of similar values to cancellation; a long one would overflow after about a
 * million samples of 50 minutes, so it is a 128-bit integer in two longs.
 *
 * <p>Not thread-safe: the owner guards it.
 */
final class ExactMoments {

  private static final BigInteger UNSIGNED_LONG_MASK = BigInteger.ONE.shiftLeft(Long.SIZE).subtract(BigInteger.ONE);

  private long count;
  private long sum;
  private long sumOfSquaresHigh;
  /** Unsigned low 64 bits of the sum of squares. */
  private long sumOfSquaresLow;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  /** @param value 0 to {@link Integer#MAX_VALUE}, so that its square fits a long */
  void record(long value) {
    count++;
    sum += value;
    addToSumOfSquares(0, value * value);
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  void add(ExactMoments other) {
    count += other.count;
    sum += other.sum;
    addToSumOfSquares(other.sumOfSquaresHigh, other.sumOfSquaresLow);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  private void addToSumOfSquares(long high, long low) {
    long newLow = sumOfSquaresLow + low;
    boolean carry = Long.compareUnsigned(newLow, sumOfSquaresLow) < 0;
    sumOfSquaresHigh += high + (carry ? 1 : 0);
    sumOfSquaresLow = newLow;
  }

  long count() {
    return count;
  }

  /** @return the smallest value, 0 when there is none */
  long min() {
    return count == 0 ? 0 : min;
  }

  /** @return the largest value, 0 when there is none */
  long max() {
    return count == 0 ? 0 : max;
  }

  double mean() {
    return count == 0 ? 0 : (double) sum / count;
  }

  /** @return the population standard deviation (divided by n, as JMeter's reports do), 0 when empty */
  double standardDeviation() {
    if (count == 0) {
      return 0;
    }
    BigInteger sumOfSquares = BigInteger.valueOf(sumOfSquaresHigh).shiftLeft(Long.SIZE)
        .add(BigInteger.valueOf(sumOfSquaresLow).and(UNSIGNED_LONG_MASK));
    // n² · variance = n · Σx² − (Σx)² holds exactly in integers; only the square root rounds.
    BigInteger scaledVariance = BigInteger.valueOf(count).multiply(sumOfSquares)
        .subtract(BigInteger.valueOf(sum).pow(2));
    return Math.sqrt(scaledVariance.doubleValue()) / count;
  }
}
