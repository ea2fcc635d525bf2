package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.capacity.CapacityFinder;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.util.JMeterUtils;
import org.junit.jupiter.api.Test;

/**
 * concurrent.jmx on JMeter's real engine against a simulator that slows call requests down beyond 40
 * concurrent calls (200 ms more per call request for each call beyond): the capacity search finds 40,
 * within one step.
 */
class CapacityInEngineTest {

  @Test
  void findsTheSimulatorsCapOfFortyConcurrentCallsWithinOneStep() {
    FaultSettings capOfForty = FaultSettings.none().withMaxConcurrentCalls(40).withOverloadLatencyMillisPerCall(200);
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withFaults(capOfForty))) {
      Map<String, String> properties = new HashMap<>();
      properties.put("config", ShippedFiles.configFile());
      properties.put("base_url", simulator.baseUrl());
      properties.put("capacity_start", "10");
      properties.put("capacity_step", "5");
      properties.put("capacity_max", "60");
      properties.put("capacity_hold_seconds", "4");
      properties.put("capacity_p95_ms", "300");
      properties.put("talk_seconds", "1");

      List<SampleResult> calls = EmbeddedJMeter.run(ShippedFiles.plan("concurrent.jmx"), properties);

      String finding = JMeterUtils.getProperty(CapacityFinder.CAPACITY_FINDING_PROPERTY);
      int capacity = Integer.parseInt(JMeterUtils.getProperty(CapacityFinder.CAPACITY_CALLS_PROPERTY));
      assertThat(capacity).as(finding).isBetween(35, 45);
      assertThat(finding).matches("Capacity: \\d+ concurrent calls with p95 \\d+ ms of '\\* - initiate';"
          + " broke at step \\d+ of 11 \\(\\d+ concurrent calls\\): (p95 \\d+ ms > 300 ms|\\d+ of \\d+ calls started"
          + " in the step had not ended 4 s after it)");
      long firstStart = calls.stream().mapToLong(SampleResult::getStartTime).min().orElseThrow();
      long lastStart = calls.stream().mapToLong(SampleResult::getStartTime).max().orElseThrow();
      assertThat(lastStart - firstStart).as("no call started in step 11 (from 40 s): the search stopped at its break")
          .isLessThan(40_000);
      assertThat(calls).as("calls").isNotEmpty()
          .allSatisfy(call -> assertThat(call.isSuccessful()).as(call.getResponseMessage()).isTrue());
    }
  }
}
