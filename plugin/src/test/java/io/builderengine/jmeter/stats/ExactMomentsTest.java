package io.builderengine.jmeter.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ExactMomentsTest {

  @Test
  void keepsTheStandardDeviationExactWhereALongSumOfSquaresWouldOverflow() {
    ExactMoments moments = new ExactMoments();
    // (2^31 - 1)² is about 2^62: a long sum of squares overflows after two such values.
    for (int i = 0; i < 1_000; i++) {
      moments.record(Integer.MAX_VALUE);
      moments.record(0);
    }

    assertThat(moments.mean()).isEqualTo(Integer.MAX_VALUE / 2.0);
    assertThat(moments.standardDeviation()).as("half the spread, within 1e-12 relative")
        .isCloseTo(Integer.MAX_VALUE / 2.0, within(Integer.MAX_VALUE * 1e-12));
  }

  @Test
  void matchesADecimalComputationForValuesWithATinySpreadAroundALargeMean() {
    ExactMoments moments = new ExactMoments();
    BigDecimal sum = BigDecimal.ZERO;
    long[] values = new long[100_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = 3_600_000 + i % 3;
      moments.record(values[i]);
      sum = sum.add(BigDecimal.valueOf(values[i]));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128);
    BigDecimal squares = BigDecimal.ZERO;
    for (long value : values) {
      squares = squares.add(BigDecimal.valueOf(value).subtract(mean).pow(2));
    }
    double stdDev = squares.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128)
        .sqrt(MathContext.DECIMAL128).doubleValue();

    assertThat(moments.standardDeviation()).as("within 1e-12 relative of %s", stdDev)
        .isCloseTo(stdDev, within(stdDev * 1e-12));
  }

  @Test
  void mergingTwoSetsGivesTheFiguresOfRecordingThemAll() {
    ExactMoments all = new ExactMoments();
    ExactMoments first = new ExactMoments();
    ExactMoments second = new ExactMoments();
    for (long value = 0; value < 1_000; value++) {
      long big = Integer.MAX_VALUE - value * 7;
      all.record(big);
      (value % 2 == 0 ? first : second).record(big);
    }

    first.add(second);

    assertThat(first.count()).isEqualTo(all.count());
    assertThat(first.min()).isEqualTo(all.min()).isEqualTo(Integer.MAX_VALUE - 999 * 7);
    assertThat(first.max()).isEqualTo(all.max()).isEqualTo(Integer.MAX_VALUE);
    assertThat(first.mean()).isEqualTo(all.mean());
    assertThat(first.standardDeviation()).isEqualTo(all.standardDeviation());
  }

  @Test
  void anEmptySetHasZeroFigures() {
    ExactMoments moments = new ExactMoments();

    assertThat(new double[] {moments.min(), moments.max(), moments.mean(),
        moments.standardDeviation()}).containsOnly(0);
  }
}
