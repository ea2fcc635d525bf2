package io.builderengine.jmeter.thresholds;

import static io.builderengine.jmeter.thresholds.StatsFixtures.database;
import static io.builderengine.jmeter.thresholds.StatsFixtures.label;
import static io.builderengine.jmeter.thresholds.StatsFixtures.run;
import static io.builderengine.jmeter.thresholds.StatsFixtures.runWithSteps;
import static io.builderengine.jmeter.thresholds.StatsFixtures.streaming;
import static io.builderengine.jmeter.thresholds.StatsFixtures.streams;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.StreamStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
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

  @Tag("faults")
  @Test
  void aRunWithNoSampleIsNoDataAndFails() {
    RunStats stats = run(label("TOTAL", 0, 0, 0, 0, 0, 0));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(ThresholdRule.overall(OLD_SUITE)), null);
    assertThat(verdict.outcome()).isEqualTo(Outcome.NO_DATA);
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.verdicts()).allMatch(v -> v.outcome() == Outcome.NO_DATA);
  }

  @Tag("faults")
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
        .contains("No sample label matches 'GET /helth*', nor does a step's");
  }

  @Tag("faults")
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

  @Tag("faults")
  @Test
  void anAbortedRunFailsWithItsReason() {
    RunStats stats = run(label("TOTAL", 1000, 0, 10, 10, 10, 100));
    RunVerdict verdict = evaluator.evaluate(stats, List.of(), "max_error_rate breached for 30 s");
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.abortReason()).isEqualTo("max_error_rate breached for 30 s");
  }

  @Test
  void labelRulesJudgeStepsTooAfterTheLabels() {
    LabelStats call = label("Call", 100, 0, 2000, 2500, 2900, 1);
    LabelStats initiate = label("Call - initiate", 100, 0, 200, 350, 400, 1);
    LabelStats end = label("Call - end", 100, 0, 50, 80, 90, 1);
    RunStats stats = runWithSteps(label("TOTAL", 100, 0, 2000, 2500, 2900, 1), List.of(call), end, initiate);
    ThresholdRule calls = ThresholdRule.forLabels("Call*", Map.of(Metric.MAX_P95_RESPONSE_TIME_MS, 300.0));

    RunVerdict verdict = evaluator.evaluate(stats, List.of(calls), null);

    assertThat(verdict.verdicts()).extracting(Verdict::scope, Verdict::actual, Verdict::outcome).containsExactly(
        tuple("Call", 2500.0, Outcome.FAIL), tuple("Call - end", 80.0, Outcome.PASS),
        tuple("Call - initiate", 350.0, Outcome.FAIL));
  }

  @Test
  void aRuleMatchingOnlyAStepIsJudgedOnItAndTheOverallRuleIgnoresSteps() {
    LabelStats failingStep = label("Call - end", 100, 50, 50, 80, 90, 1);
    RunStats stats = runWithSteps(label("TOTAL", 100, 0, 900, 950, 990, 1), List.of(label("Call", 100, 0, 900,
        950, 990, 1)), failingStep);

    RunVerdict verdict = evaluator.evaluate(stats, List.of(ThresholdRule.overall(Map.of(Metric.MAX_ERROR_RATE, 0.01)),
        ThresholdRule.forLabels("Call - end", Map.of(Metric.MAX_ERROR_RATE, 0.01))), null);

    assertThat(verdict.verdicts()).extracting(Verdict::scope, Verdict::actual, Verdict::outcome).containsExactly(
        tuple("overall", 0.0, Outcome.PASS), tuple("Call - end", 0.5, Outcome.FAIL));
  }

  @Test
  void aStepsLatencyNeedsEnoughSuccessfulSamplesToo() {
    RunStats stats = runWithSteps(label("TOTAL", 100, 0, 1, 1, 1, 1), List.of(), label("Call - initiate", 5, 0, 1, 1,
        1, 1));

    RunVerdict verdict = evaluator.evaluate(stats,
        List.of(ThresholdRule.forLabels("Call - initiate", Map.of(Metric.MAX_P95_RESPONSE_TIME_MS, 300.0))), null);

    assertThat(verdict.verdicts()).singleElement().satisfies(v -> {
      assertThat(v.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(v.explanation()).startsWith(ThresholdEvaluator.TOO_FEW_SAMPLES + "5 successful sample(s) of 5");
    });
  }

  @Test
  void streamLimitsPassOrFailOnTheLabelsStreamFigures() {
    LabelStats media = streaming("Call - media stream", streams(200, 4.5, 20, 2.5, 180, 45));
    RunStats stats = runWithSteps(label("TOTAL", 200, 0, 30_000, 30_000, 30_000, 1), List.of(), media);
    ThresholdRule within = ThresholdRule.forLabels("Call - media stream", Map.of(Metric.MAX_SEND_LAG_P99_MS, 5.0,
        Metric.MAX_LATE_FRAME_RATE, 0.05, Metric.MAX_JITTER_MS, 3.0, Metric.MAX_PING_RTT_MS, 50.0));
    ThresholdRule strict = ThresholdRule.forLabels("Call - media stream", Map.of(Metric.MAX_SEND_LAG_P99_MS, 4.0,
        Metric.MAX_LATE_FRAME_RATE, 0.01, Metric.MAX_JITTER_MS, 2.0, Metric.MAX_PING_RTT_MS, 40.0));

    RunVerdict passing = evaluator.evaluate(stats, List.of(within), null);
    RunVerdict failing = evaluator.evaluate(stats, List.of(strict), null);

    assertThat(passing.outcome()).isEqualTo(Outcome.PASS);
    assertThat(passing.verdicts()).extracting(Verdict::metric, Verdict::actual).containsExactly(
        tuple("max_send_lag_p99_ms", 4.5), tuple("max_late_frame_rate", 0.02), tuple("max_jitter_ms", 2.5),
        tuple("max_ping_rtt_ms", 45.0));
    assertThat(failing.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(failing.verdicts()).allMatch(v -> v.outcome() == Outcome.FAIL);
    assertThat(failing.verdicts()).filteredOn(v -> v.metric().equals("max_jitter_ms")).singleElement()
        .extracting(Verdict::explanation).isEqualTo("mean over streams of each stream's jitter, ms 2.500 > 2");
  }

  @Test
  void aStreamLimitOnALabelWithoutStreamsIsNotApplicableAndFailsTheRun() {
    LabelStats media = streaming("Call - media stream", streams(200, 4.5, 20, 2.5, 180, 45));
    LabelStats initiate = label("Call - initiate", 200, 0, 200, 250, 300, 1);
    RunStats stats = runWithSteps(label("TOTAL", 200, 0, 30_000, 30_000, 30_000, 1), List.of(), initiate, media);

    RunVerdict verdict = evaluator.evaluate(stats,
        List.of(ThresholdRule.forLabels("Call - *", Map.of(Metric.MAX_JITTER_MS, 3.0))), null);

    assertThat(verdict.verdicts()).extracting(Verdict::scope, Verdict::outcome).containsExactly(
        tuple("Call - initiate", Outcome.NOT_APPLICABLE), tuple("Call - media stream", Outcome.PASS));
    assertThat(verdict.verdicts().get(0).actual()).isNaN();
    assertThat(verdict.verdicts().get(0).explanation()).isEqualTo("'Call - initiate' has no media streams (none of its "
        + "samples carried stream figures), so mean over streams of each stream's jitter, ms cannot be judged: limit "
        + "the rule to the labels or steps that stream audio");
    assertThat(verdict.outcome()).as("the run fails as on a breach").isEqualTo(Outcome.FAIL);
    assertThat(verdict.passed()).isFalse();
  }

  @Test
  void anOverallStreamLimitJudgesTheTopLevelStreamsAndCannotApplyWithoutAny() {
    StreamStats audio = streams(50, 2, 0, 1.5, 50, 30);
    RunStats topLevelStreams = run(streaming("TOTAL", audio), streaming("WS audio stream", audio));
    RunStats stepStreamsOnly = runWithSteps(label("TOTAL", 50, 0, 30_000, 30_000, 30_000, 1),
        List.of(label("Call", 50, 0, 30_000, 30_000, 30_000, 1)), streaming("Call - media stream", audio));
    List<ThresholdRule> rules = List.of(ThresholdRule.overall(Map.of(Metric.MAX_SEND_LAG_P99_MS, 5.0)));

    assertThat(evaluator.evaluate(topLevelStreams, rules, null).verdicts()).singleElement()
        .extracting(Verdict::outcome).isEqualTo(Outcome.PASS);
    assertThat(evaluator.evaluate(stepStreamsOnly, rules, null).verdicts()).singleElement().satisfies(v -> {
      assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(v.explanation()).startsWith("The run's top-level samples carry no media streams")
          .contains("a per-label rule naming the step");
    });
  }

  @Test
  void aStreamFigureNoStreamMeasuredIsNoData() {
    LabelStats silent = streaming("Call - media stream", streams(20, 2, 0, 1.5, 0, 0));
    RunStats stats = runWithSteps(label("TOTAL", 20, 0, 30_000, 30_000, 30_000, 1), List.of(), silent);

    RunVerdict verdict = evaluator.evaluate(stats,
        List.of(ThresholdRule.forLabels("Call - media stream", Map.of(Metric.MAX_PING_RTT_MS, 100.0))), null);

    assertThat(verdict.verdicts()).singleElement().satisfies(v -> {
      assertThat(v.outcome()).isEqualTo(Outcome.NO_DATA);
      assertThat(v.actual()).isNaN();
      assertThat(v.explanation()).isEqualTo("None of the 20 stream(s) of 'Call - media stream' measured mean over "
          + "streams with pongs of each stream's ping round trip, ms (none sent a frame, or none got a pong), so it "
          + "cannot be judged");
    });
    assertThat(verdict.outcome()).isEqualTo(Outcome.NO_DATA);
  }

  @Test
  void aConnectionWaitLimitJudgesTheDatabaseLabelsAndCannotApplyToOthers() {
    LabelStats read = database("DB: simple_read", 40);
    LabelStats write = database("DB: write", 260);
    LabelStats agents = label("GET /agents", 100, 0, 20, 30, 40, 50);
    RunStats stats = run(database("TOTAL", 250), agents, read, write);

    RunVerdict verdict = evaluator.evaluate(stats, List.of(ThresholdRule.forLabels("*",
        Map.of(Metric.MAX_CONNECTION_WAIT_P95_MS, 100.0))), null);

    assertThat(verdict.verdicts()).extracting(Verdict::scope, Verdict::outcome, Verdict::actual).containsExactly(
        tuple("GET /agents", Outcome.NOT_APPLICABLE, Double.NaN), tuple("DB: simple_read", Outcome.PASS, 40.0),
        tuple("DB: write", Outcome.FAIL, 260.0));
    assertThat(verdict.verdicts().get(0).explanation()).isEqualTo("'GET /agents' has no database samples (none of its "
        + "samples waited for a pooled connection), so p95 wait for a pooled connection of database samples, ms cannot "
        + "be judged: limit the rule to the database workload's labels, e.g. DB: *");
    assertThat(verdict.verdicts().get(2).explanation())
        .isEqualTo("p95 wait for a pooled connection of database samples, ms 260 > 100");
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void anOverallConnectionWaitLimitJudgesTheTopLevelDatabaseSamplesAndCannotApplyWithoutAny() {
    List<ThresholdRule> rules = List.of(ThresholdRule.overall(Map.of(Metric.MAX_CONNECTION_WAIT_P95_MS, 100.0)));
    RunStats database = run(database("TOTAL", 40), database("DB: simple_read", 40));
    RunStats api = run(label("TOTAL", 100, 0, 20, 30, 40, 50), label("GET /agents", 100, 0, 20, 30, 40, 50));

    assertThat(evaluator.evaluate(database, rules, null).verdicts()).singleElement()
        .extracting(Verdict::outcome).isEqualTo(Outcome.PASS);
    assertThat(evaluator.evaluate(api, rules, null).verdicts()).singleElement().satisfies(v -> {
      assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(v.explanation()).startsWith("The run's top-level samples include no database samples");
    });
  }
}
