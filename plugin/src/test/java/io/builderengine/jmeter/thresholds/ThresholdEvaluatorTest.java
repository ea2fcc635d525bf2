package io.builderengine.jmeter.thresholds;

import static io.builderengine.jmeter.thresholds.StatsFixtures.label;
import static io.builderengine.jmeter.thresholds.StatsFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdEvaluatorTest {

  private static final Map<Metric, Double> OLD_SUITE = Map.of(
      Metric.MAX_AVG_RESPONSE_TIME_MS, 500.0, Metric.MAX_P95_RESPONSE_TIME_MS, 1000.0,
      Metric.MAX_P99_RESPONSE_TIME_MS, 2000.0, Metric.MAX_ERROR_RATE, 0.01, Metric.MIN_REQUESTS_PER_SECOND, 50.0);

  private final ThresholdEvaluator evaluator = new ThresholdEvaluator(10);

  @Test
  void aHealthyRunPassesEveryThreshold() {
    RunStats stats = run(label("TOTAL", 1000, 5, 120, 300, 600, 100));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(ThresholdRule.overall(OLD_SUITE)), null);
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.verdicts()).hasSize(5).allMatch(v -> v.outcome() == Outcome.PASS);
  }

  @Test
  void eachBreachFailsWithActualAndLimit() {
    RunStats stats = run(label("TOTAL", 1000, 20, 700, 1500, 2500, 40));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(ThresholdRule.overall(OLD_SUITE)), null);
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.verdicts()).extracting(Verdict::metric, Verdict::actual, Verdict::limit, Verdict::outcome)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("max_avg_response_time_ms", 700.0, 500.0, Outcome.FAIL),
            org.assertj.core.groups.Tuple.tuple("max_p95_response_time_ms", 1500.0, 1000.0, Outcome.FAIL),
            org.assertj.core.groups.Tuple.tuple("max_p99_response_time_ms", 2500.0, 2000.0, Outcome.FAIL),
            org.assertj.core.groups.Tuple.tuple("max_error_rate", 0.02, 0.01, Outcome.FAIL),
            org.assertj.core.groups.Tuple.tuple("min_requests_per_second", 40.0, 50.0, Outcome.FAIL));
    assertThat(verdict.verdicts()).filteredOn(v -> v.metric().equals("min_requests_per_second"))
        .singleElement().extracting(Verdict::explanation).asString().contains("40 < 50");
  }

  @Test
  void aRunWithNoSampleIsNoDataAndFails() {
    RunStats stats = run(label("TOTAL", 0, 0, 0, 0, 0, 0));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(ThresholdRule.overall(OLD_SUITE)), null);
    assertThat(verdict.outcome()).isEqualTo(Outcome.NO_DATA);
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.verdicts()).allMatch(v -> v.outcome() == Outcome.NO_DATA);
  }

  @Test
  void aRunWithNoSampleFailsEvenWithoutThresholds() {
    RunVerdict verdict = evaluator.evaluate(run(label("TOTAL", 0, 0, 0, 0, 0, 0)), List.of(), null);
    assertThat(verdict.outcome()).isEqualTo(Outcome.NO_DATA);
  }

  @Test
  void labelGlobsApplyToEveryMatchingLabelAndOnlyThose() {
    LabelStats createCall = label("POST /api/v1/calls", 100, 0, 900, 950, 990, 10);
    LabelStats endCall = label("POST /api/v1/calls/{id}/end", 100, 0, 100, 150, 190, 10);
    LabelStats agents = label("GET /api/v1/agents", 100, 0, 900, 950, 990, 10);
    RunStats stats = run(label("TOTAL", 300, 0, 600, 950, 990, 30), agents, createCall, endCall);
    ThresholdRule calls = ThresholdRule.forLabels("POST /api/v1/calls*", Map.of(Metric.MAX_AVG_RESPONSE_TIME_MS, 500.0));

    RunVerdict verdict = evaluator.evaluate(stats, List.of(calls), null);

    assertThat(verdict.verdicts()).extracting(Verdict::scope, Verdict::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("POST /api/v1/calls", Outcome.FAIL),
        org.assertj.core.groups.Tuple.tuple("POST /api/v1/calls/{id}/end", Outcome.PASS));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aGlobThatMatchesNoLabelIsNoData() {
    RunStats stats = run(label("TOTAL", 10, 0, 1, 1, 1, 10), label("GET /health", 10, 0, 1, 1, 1, 10));
    ThresholdRule typo = ThresholdRule.forLabels("GET /helth*", Map.of(Metric.MAX_ERROR_RATE, 0.0));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(typo), null);
    assertThat(verdict.outcome()).isEqualTo(Outcome.NO_DATA);
    assertThat(verdict.verdicts()).singleElement().extracting(Verdict::explanation).asString()
        .contains("No sample label matches 'GET /helth*'");
  }

  @Test
  void latencyThresholdsNeedEnoughSuccessfulSamples() {
    // 12 samples, 11 failed: one fast success must not pass a latency limit.
    RunStats stats = run(label("TOTAL", 12, 11, 5, 5, 5, 100));
    RunVerdict verdict = evaluator.evaluate(stats,
        List.of(ThresholdRule.overall(Map.of(Metric.MAX_P95_RESPONSE_TIME_MS, 1000.0))), null);
    assertThat(verdict.verdicts()).singleElement().satisfies(v -> {
      assertThat(v.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(v.explanation()).contains("Only 1 successful sample(s) of 12");
    });
  }

  @Test
  void anAbortedRunFailsWithItsReason() {
    RunStats stats = run(label("TOTAL", 1000, 0, 10, 10, 10, 100));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(), "max_error_rate breached for 30 s");
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.abortReason()).isEqualTo("max_error_rate breached for 30 s");
  }
}
