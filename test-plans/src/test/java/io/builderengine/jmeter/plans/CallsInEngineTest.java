package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** calls.jmx on JMeter's real engine: each call is one sample whose steps are its sub-results. */
class CallsInEngineTest {

  private static final Set<String> STEPS = Set.of("Call - initiate", "Call - media stream", "Call - status",
      "Call - hold", "Call - resume", "Call - transfer", "Call - recording", "Call - end");

  private static Simulator simulator;

  @BeforeAll
  static void startSimulator() {
    // Only this key is accepted: calls and their streams must carry the config's key.
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of("sk_test_simulator")));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @AfterEach
  void clearFaults() {
    simulator.setFaults(FaultSettings.none());
  }

  @Test
  void everyCallRunsItsStepsInOrderAndSucceeds() {
    List<SampleResult> calls = runCalls();

    assertThat(calls).isNotEmpty().allSatisfy(call -> {
      assertThat(call.isSuccessful()).as(call.getResponseMessage()).isTrue();
      List<String> steps = Arrays.stream(call.getSubResults()).map(SampleResult::getSampleLabel).toList();
      assertThat(steps.get(0)).isEqualTo("Call - initiate");
      assertThat(steps.get(1)).isEqualTo("Call - media stream");
      assertThat(steps.get(2)).isEqualTo("Call - status");
      assertThat(steps.get(steps.size() - 1)).isEqualTo("Call - end");
      assertThat(STEPS).containsAll(steps);
      SampleResult stream = call.getSubResults()[1];
      assertThat(stream.getResponseCode()).isEqualTo("1000");
      assertThat(stream.getResponseDataAsString()).contains("\"frames_sent\":50", "\"frames_received\":50");
      assertThat(call.getTime()).as("the call spans its steps").isGreaterThanOrEqualTo(stream.getTime());
    });
    assertThat(simulator.faults()).isEqualTo(FaultSettings.none());
  }

  @Tag("faults")
  @Test
  void aStreamClosedMidCallFailsTheCallNamingTheStepAndStillEndsIt() {
    simulator.setFaults(FaultSettings.none().withWsCloseAfterMillis(300));

    List<SampleResult> calls = runCalls();

    assertThat(calls).isNotEmpty().allSatisfy(call -> {
      assertThat(call.isSuccessful()).isFalse();
      assertThat(call.getResponseCode()).isEqualTo("1011");
      assertThat(call.getResponseMessage()).startsWith("media stream failed: ").contains("1011");
      SampleResult[] steps = call.getSubResults();
      assertThat(steps[steps.length - 1].getSampleLabel()).isEqualTo("Call - end");
      assertThat(steps[steps.length - 1].isSuccessful()).as("the call is still ended").isTrue();
    });
  }

  @Tag("faults")
  @Test
  void aRefusedInitiateFailsTheCallAtItsFirstStep() {
    simulator.setFaults(FaultSettings.none().withErrorRate(1.0).withErrorStatus(503).withPathPrefix("/api/v1/calls"));

    List<SampleResult> calls = runCalls();

    assertThat(calls).isNotEmpty().allSatisfy(call -> {
      assertThat(call.isSuccessful()).isFalse();
      assertThat(call.getResponseCode()).isEqualTo("503");
      assertThat(call.getResponseMessage()).isEqualTo("initiate failed: HTTP 503: Injected fault");
      assertThat(call.getSubResults()).hasSize(1);
    });
  }

  private static List<SampleResult> runCalls() {
    Map<String, String> properties = new HashMap<>();
    properties.put("config", ShippedFiles.configFile());
    properties.put("base_url", simulator.baseUrl());
    properties.put("users", "2");
    properties.put("duration", "3");
    properties.put("ramp_up", "0");
    properties.put("ramp_down", "0");
    properties.put("talk_seconds", "1");
    properties.put("call_operations", "2");
    return EmbeddedJMeter.run(ShippedFiles.plan("calls.jmx"), properties);
  }
}
