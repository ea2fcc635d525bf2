package io.builderengine.jmeter.thresholds;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.PoolStats;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.StreamStats;
import java.util.List;

/** Hand-made statistics for threshold tests: only the figures a test sets matter. */
final class StatsFixtures {

  private StatsFixtures() {
  }

  /** A label whose successful samples all took {@code elapsedMs}, at {@code rps}. */
  static LabelStats label(String name, long samples, long errors, double elapsedMs, double p95Ms, double p99Ms,
      double rps) {
    Distribution successful = new Distribution(samples - errors, elapsedMs, elapsedMs, 0, p99Ms, elapsedMs, p95Ms,
        p95Ms, p99Ms, p99Ms);
    return new LabelStats(name, samples, errors, samples == 0 ? 0 : (double) errors / samples, rps, 0, 0, successful,
        samples == errors ? Distribution.EMPTY : successful, Distribution.EMPTY, Distribution.EMPTY, 0, 0, List.of(),
        null, null);
  }

  /** 100 successful samples of 30 s, each a stream, whose figures are {@code stream}'s. */
  static LabelStats streaming(String name, StreamStats stream) {
    LabelStats samples = label(name, stream.streams(), 0, 30_000, 30_000, 30_000, 1);
    return new LabelStats(name, samples.samples(), 0, 0, 1, 0, 0, samples.elapsedAll(), samples.elapsedSuccessful(),
        Distribution.EMPTY, Distribution.EMPTY, 0, 0, List.of(), stream, null);
  }

  /** 100 samples of 20 ms on pool "main", whose connection waits have a p95 of {@code waitP95Ms}. */
  static LabelStats database(String name, double waitP95Ms) {
    LabelStats samples = label(name, 100, 0, 20, 20, 20, 50);
    Distribution wait = new Distribution(100, 0, waitP95Ms / 2, 1, waitP95Ms, waitP95Ms / 2, waitP95Ms, waitP95Ms,
        waitP95Ms, waitP95Ms);
    return new LabelStats(name, samples.samples(), 0, 0, 50, 0, 0, samples.elapsedAll(), samples.elapsedSuccessful(),
        Distribution.EMPTY, Distribution.EMPTY, 0, 0, List.of(), null,
        new PoolStats("main", 100, wait, 10, 5, 0, 5, 2, 10, 0));
  }

  /**
   * Streams whose per-stream p99 send lags all are {@code sendLagP99Ms}, with {@code lateFrames} of
   * 1000 frames sent late, mean jitter {@code jitterMs}, and {@code streamsWithPongs} that measured a
   * ping round trip of {@code pingRttMs}.
   */
  static StreamStats streams(long streams, double sendLagP99Ms, long lateFrames, double jitterMs,
      long streamsWithPongs, double pingRttMs) {
    Distribution lag = new Distribution(streams, sendLagP99Ms, sendLagP99Ms, 0, sendLagP99Ms, sendLagP99Ms,
        sendLagP99Ms, sendLagP99Ms, sendLagP99Ms, sendLagP99Ms);
    return new StreamStats(streams, 1000, 990, lateFrames, lateFrames / 1000.0, lag, sendLagP99Ms * 2, jitterMs,
        jitterMs * 2, streamsWithPongs, streamsWithPongs * 3, streamsWithPongs == 0 ? 0 : pingRttMs);
  }

  static RunStats run(LabelStats overall, LabelStats... labels) {
    return runWithSteps(overall, List.of(labels));
  }

  static RunStats runWithSteps(LabelStats overall, List<LabelStats> labels, LabelStats... steps) {
    return new RunStats(overall, labels, List.of(steps), List.of(), List.of(), 1000, "test", 0.001);
  }
}
