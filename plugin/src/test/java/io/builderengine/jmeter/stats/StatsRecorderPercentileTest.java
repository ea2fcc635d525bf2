package io.builderengine.jmeter.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Percentiles against an exact nearest-rank computation on a million values per distribution. */
class StatsRecorderPercentileTest {

  private static final int SAMPLES = 1_000_000;
  private static final List<Percentile> PERCENTILES = List.of(new Percentile(50, Distribution::p50Ms),
      new Percentile(90, Distribution::p90Ms), new Percentile(95, Distribution::p95Ms),
      new Percentile(99, Distribution::p99Ms), new Percentile(99.9, Distribution::p999Ms));

  static Stream<Arguments> distributions() {
    return Stream.of(
        Arguments.of("uniform 1..2000 ms", (ValueSource) random -> 1 + random.nextInt(2000)),
        Arguments.of("exponential, mean 100 ms",
            (ValueSource) random -> Math.round(-100 * Math.log(1 - random.nextDouble()))),
        Arguments.of("log-normal, median 50 ms, long tail",
            (ValueSource) random -> Math.round(50 * Math.exp(1.5 * random.nextGaussian()))),
        Arguments.of("bimodal 5 ms / 800 ms",
            (ValueSource) random -> random.nextInt(10) < 7 ? 4 + random.nextInt(3) : 799 + random.nextInt(3)),
        Arguments.of("constant 250 ms", (ValueSource) random -> 250));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("distributions")
  void matchesTheExactFiguresOfTheSortedValues(String name, ValueSource source) {
    Random random = new Random(42);
    long[] values = new long[SAMPLES];
    StatsRecorder recorder = new StatsRecorder();
    for (int i = 0; i < SAMPLES; i++) {
      values[i] = source.next(random);
      recorder.record("step", Samples.T0 + i, values[i], 0, 0, true, "200", "OK", 0, 0, 1);
    }
    RunStats stats = recorder.snapshot();
    Distribution elapsed = stats.overall().elapsedAll();
    Arrays.sort(values);

    for (Percentile percentile : PERCENTILES) {
      long exact = values[(int) Math.ceil(percentile.rank() / 100 * SAMPLES) - 1];
      double tolerance = Math.max(exact * stats.relativeError(), 1);
      assertThat(percentile.field().applyAsDouble(elapsed))
          .as("p%s of %s: within %.3f ms (%.1f%% or 1 ms) of the exact nearest rank %d", percentile.rank(), name,
              tolerance, stats.relativeError() * 100, exact)
          .isCloseTo(exact, within(tolerance));
    }
    assertThat(elapsed.count()).isEqualTo(SAMPLES);
    assertThat(elapsed.minMs()).as("min of %s, exact", name).isEqualTo(values[0]);
    assertThat(elapsed.maxMs()).as("max of %s, exact", name).isEqualTo(values[SAMPLES - 1]);
    double mean = (double) Arrays.stream(values).sum() / SAMPLES;
    double squaredDeviations = Arrays.stream(values).mapToDouble(value -> (value - mean) * (value - mean)).sum();
    double stdDev = Math.sqrt(squaredDeviations / SAMPLES);
    assertThat(elapsed.meanMs()).as("mean of %s: within 1e-9 relative", name).isCloseTo(mean, within(mean * 1e-9));
    assertThat(elapsed.stdDevMs()).as("population standard deviation of %s: within 1e-9 relative (or 1e-9 ms)", name)
        .isCloseTo(stdDev, within(Math.max(stdDev * 1e-9, 1e-9)));
  }

  /** Draws one value in ms. */
  @FunctionalInterface
  interface ValueSource {
    long next(Random random);
  }

  private record Percentile(double rank, ToDoubleFunction<Distribution> field) {
  }
}
