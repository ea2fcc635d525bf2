package io.builderengine.jmeter.listener;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreachWatchTest {

  private static RunVerdict failing(String metric, String explanation) {
    return new RunVerdict(Outcome.FAIL,
        List.of(new Verdict("overall", "overall", metric, 1500, 1000, Outcome.FAIL, explanation)), null);
  }

  private static final RunVerdict PASSING = new RunVerdict(Outcome.PASS,
      List.of(new Verdict("overall", "overall", "max_p95_response_time_ms", 500, 1000, Outcome.PASS, "ok")), null);

  @Test
  void abortsOnceABreachHasLastedLongEnough() {
    BreachWatch watch = new BreachWatch(3000);
    RunVerdict slow = failing("max_p95_response_time_ms", "p95 1500 > 1000");
    assertThat(watch.observe(slow, 10_000)).isEmpty();
    assertThat(watch.observe(slow, 12_000)).isEmpty();
    assertThat(watch.observe(slow, 13_000))
        .hasValue("max_p95_response_time_ms on overall breached for 3 s (p95 1500 > 1000)");
  }

  @Test
  void aRecoveryStartsTheClockAgain() {
    BreachWatch watch = new BreachWatch(3000);
    RunVerdict slow = failing("max_p95_response_time_ms", "p95 1500 > 1000");
    watch.observe(slow, 10_000);
    watch.observe(PASSING, 12_000);
    assertThat(watch.observe(slow, 13_000)).isEmpty();
    assertThat(watch.observe(slow, 15_999)).isEmpty();
    assertThat(watch.observe(slow, 16_000)).isPresent();
  }

  @Test
  void ignoresTheRateAndLatencyWithoutEnoughSamples() {
    BreachWatch watch = new BreachWatch(1000);
    RunVerdict rampingUp = failing("min_requests_per_second", "3 < 50");
    RunVerdict fewSamples = failing("max_p95_response_time_ms", ThresholdEvaluator.TOO_FEW_SAMPLES + "2 successful");
    for (long now = 0; now <= 10_000; now += 1000) {
      assertThat(watch.observe(rampingUp, now)).isEmpty();
      assertThat(watch.observe(fewSamples, now)).isEmpty();
    }
  }

  @Test
  void leavesAStreamLimitThatCannotApplyYetToTheEnd() {
    BreachWatch watch = new BreachWatch(1000);
    RunVerdict noStreamsYet = new RunVerdict(Outcome.FAIL, List.of(new Verdict("Call - media stream", "Call - *",
        "max_jitter_ms", Double.NaN, 30, Outcome.NOT_APPLICABLE, "'Call - media stream' has no media streams")), null);
    for (long now = 0; now <= 10_000; now += 1000) {
      assertThat(watch.observe(noStreamsYet, now)).isEmpty();
    }
  }
}
