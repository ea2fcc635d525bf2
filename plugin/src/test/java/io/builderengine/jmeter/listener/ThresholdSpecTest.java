package io.builderengine.jmeter.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.builderengine.jmeter.thresholds.Metric;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdSpecTest {

  @Test
  void readsPairsSeparatedByCommasOrLines() {
    assertThat(ThresholdSpec.parseLimits("min_requests_per_second=8, max_error_rate=0\n# note\nmax_p99_response_time_ms = 900", "f"))
        .containsEntry(Metric.MIN_REQUESTS_PER_SECOND, 8.0)
        .containsEntry(Metric.MAX_ERROR_RATE, 0.0)
        .containsEntry(Metric.MAX_P99_RESPONSE_TIME_MS, 900.0)
        .hasSize(3);
    assertThat(ThresholdSpec.parseLimits("", "f")).isEmpty();
  }

  @Test
  void offSwitchesOffALimitTheConfigFileSets() {
    var limits = ThresholdSpec.parseLimits("min_requests_per_second=off, max_error_rate=0.01", "f");
    var fromFile = new java.util.EnumMap<Metric, Double>(Metric.class);
    fromFile.put(Metric.MIN_REQUESTS_PER_SECOND, 50.0);
    fromFile.put(Metric.MAX_P95_RESPONSE_TIME_MS, 1000.0);
    fromFile.putAll(limits);

    assertThat(ThresholdSpec.withoutSwitchedOff(fromFile))
        .containsOnlyKeys(Metric.MAX_P95_RESPONSE_TIME_MS, Metric.MAX_ERROR_RATE);
    assertThat(ThresholdSpec.parseLabelRules("Call* : max_p95_response_time_ms=OFF, max_error_rate=0").get(0).limits())
        .containsOnlyKeys(Metric.MAX_ERROR_RATE);
  }

  @Test
  void readsOneLabelRulePerLine() {
    List<ThresholdRule> rules = ThresholdSpec.parseLabelRules(
        "POST /api/v1/calls* : max_p95_response_time_ms=800, max_error_rate=0.02\n\nGET /api/v1/health : max_avg_response_time_ms=50");
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).labelGlob()).isEqualTo("POST /api/v1/calls*");
    assertThat(rules.get(0).matches("POST /api/v1/calls/{id}/end")).isTrue();
    assertThat(rules.get(0).limits()).containsEntry(Metric.MAX_P95_RESPONSE_TIME_MS, 800.0);
    assertThat(rules.get(1).matches("GET /api/v1/health")).isTrue();
    assertThat(rules.get(1).matches("GET /api/v1/healthz")).isFalse();
  }

  @Test
  void readsTheMediaStreamKeysOnAStepsRule() {
    List<ThresholdRule> rules = ThresholdSpec.parseLabelRules("Call - media stream : max_send_lag_p99_ms=20, "
        + "max_late_frame_rate=0.01, max_jitter_ms=30, max_ping_rtt_ms=250");

    assertThat(rules).singleElement().satisfies(rule -> {
      assertThat(rule.matches("Call - media stream")).isTrue();
      assertThat(rule.limits()).containsOnly(entry(Metric.MAX_SEND_LAG_P99_MS, 20.0),
          entry(Metric.MAX_LATE_FRAME_RATE, 0.01), entry(Metric.MAX_JITTER_MS, 30.0),
          entry(Metric.MAX_PING_RTT_MS, 250.0));
    });
  }

  @Test
  void listsEveryKeyWhenOneIsUnknown() {
    assertThatThrownBy(() -> ThresholdSpec.parseLimits("max_jitter=30", "per-label thresholds, line 1"))
        .hasMessage("per-label thresholds, line 1: unknown threshold 'max_jitter'; use one of [max_avg_response_time_ms, "
            + "max_p95_response_time_ms, max_p99_response_time_ms, max_p95_corrected_ms, max_p99_corrected_ms, max_error_rate, "
            + "min_requests_per_second, "
            + "max_send_lag_p99_ms, max_late_frame_rate, max_jitter_ms, max_ping_rtt_ms, max_connection_wait_p95_ms]");
  }

  @Test
  void saysWhatIsWrongAndWhere() {
    assertThatThrownBy(() -> ThresholdSpec.parseLimits("max_p95=800", "overall thresholds"))
        .hasMessageStartingWith("overall thresholds: unknown threshold 'max_p95'; use one of [max_avg_response_time_ms");
    assertThatThrownBy(() -> ThresholdSpec.parseLimits("max_error_rate=low", "overall thresholds"))
        .hasMessage("overall thresholds: max_error_rate must be a number or off, not 'low'");
    assertThatThrownBy(() -> ThresholdSpec.parseLabelRules("ok : max_error_rate=0\nGET /x max_error_rate=0"))
        .hasMessageStartingWith("per-label thresholds, line 2: write '<label glob> : key=value, ...'");
  }
}
