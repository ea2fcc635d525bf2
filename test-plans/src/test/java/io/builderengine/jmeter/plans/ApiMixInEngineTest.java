package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * quick.jmx on JMeter's real engine against the simulator on a loopback port: the mix, the ids,
 * the auth and the rate, checked from the samples themselves.
 */
class ApiMixInEngineTest {

  private static Simulator simulator;

  @BeforeAll
  static void startSimulator() {
    // Only this key is accepted, so a plan that sent no or another key would fail every request.
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of("sk_test_simulator")));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  private static List<SampleResult> runQuick(Map<String, String> load) {
    Map<String, String> properties = new java.util.HashMap<>(load);
    properties.put("base_url", simulator.baseUrl());
    properties.put("config", ShippedFiles.configFile());
    return EmbeddedJMeter.run(ShippedFiles.plan("quick.jmx"), properties);
  }

  private static List<SampleResult> mainGroup(List<SampleResult> samples) {
    return samples.stream().filter(s -> !s.getSampleLabel().startsWith("setup:")).collect(Collectors.toList());
  }

  @Test
  void holdsTheTargetRateWithEveryRequestOfTheMixSucceeding() {
    List<SampleResult> samples = mainGroup(runQuick(Map.of("users", "5", "rps", "50", "duration", "6")));

    assertThat(samples).allSatisfy(s -> assertThat(s.isSuccessful())
        .as("%s -> %s %s", s.getSampleLabel(), s.getResponseCode(), s.getResponseMessage()).isTrue());
    long first = samples.stream().mapToLong(SampleResult::getStartTime).min().orElseThrow();
    long last = samples.stream().mapToLong(SampleResult::getStartTime).max().orElseThrow();
    double achievedRps = (samples.size() - 1) * 1000.0 / (last - first);
    assertThat(achievedRps).as("achieved rate for a target of 50/s, +-5%% (%d samples)", samples.size())
        .isBetween(47.5, 52.5);
    assertThat(samples.size()).as("6 s at 50/s").isBetween(285, 300);

    Map<String, Long> byLabel = samples.stream()
        .collect(Collectors.groupingBy(SampleResult::getSampleLabel, Collectors.counting()));
    assertThat(byLabel).as("every request of the API mix was sent").containsOnlyKeys(
        "GET /api/v1/agents", "GET /api/v1/agents/{agent_id}", "GET /api/v1/calls",
        "GET /api/v1/calls/{call_id}", "GET /api/v1/analytics/overview", "GET /api/v1/phone-numbers",
        "GET /api/v1/health");
    // Weight 20 of 100 over ~300 draws: expected 60, a binomial sd of about 7; +-4 sd.
    assertThat(byLabel.get("GET /api/v1/agents")).as("share of weight 20").isBetween(32L, 88L);
    assertThat(samples).filteredOn(s -> s.getSampleLabel().equals("GET /api/v1/agents/{agent_id}"))
        .allSatisfy(s -> assertThat(s.getUrlAsString()).matches(".*/api/v1/agents/agent_[0-9a-f]{12}"));
  }

  @Test
  void rampsTheRateUpFromZero() {
    List<SampleResult> samples = mainGroup(runQuick(Map.of("users", "5", "rps", "40", "duration", "6", "ramp_up", "4")));

    long first = samples.stream().mapToLong(SampleResult::getStartTime).min().orElseThrow();
    long inFirstTwoSeconds = samples.stream().filter(s -> s.getStartTime() - first < 2000).count();
    long inNextTwoSeconds = samples.stream()
        .filter(s -> s.getStartTime() - first >= 2000 && s.getStartTime() - first < 4000).count();
    // Linear ramp 0 -> 40/s over 4 s: 5 t^2 requests are due by t s, the n-th at sqrt((n - 1/2) / 5),
    // so the first at 0.316 s, where this test's clock starts. By 2.316 s, 27 are due; by 4.316 s
    // (the ramp's 80 plus 0.316 s at 40/s), 93. Without a ramp the two windows would hold 80 each.
    assertThat(inFirstTwoSeconds).as("first 2 s of the ramp, expected 27").isBetween(23L, 31L);
    assertThat(inNextTwoSeconds).as("next 2 s, expected 66").isBetween(61L, 71L);
    assertThat(samples.size()).as("whole run, expected 80 + 80").isBetween(150, 162);
  }
}
