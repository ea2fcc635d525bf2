package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calls.jmx, websocket.jmx and concurrent.jmx run headless ({@code jmeter -n}, our jar in lib/ext) at
 * the light profile against one simulator, one after the other (side by side, three JMeter JVMs
 * warming up on 2 cores make the streams' send lag itself the bottleneck): each passes its
 * thresholds, a p99 send lag of 20 ms per stream among them, with zero errors.
 */
class VoicePlansIT {

  @TempDir
  Path folder;

  @Test
  void theVoicePlansPassAtTheLightProfileWithZeroErrors() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      JsonNode callsSummary = passed(run("calls.jmx", simulator, Map.of()));
      assertThat(labels(callsSummary.at("/statistics/steps")))
          .contains("Call - initiate", "Call - media stream", "Call - status", "Call - end");
      JsonNode stream = step(callsSummary, "Call - media stream").get("stream");
      assertThat(stream.get("streams").asLong()).isPositive();
      assertThat(stream.get("framesReceived").asLong()).isEqualTo(stream.get("framesSent").asLong());

      JsonNode websocketSummary = passed(run("websocket.jmx", simulator, Map.of()));
      assertThat(labels(websocketSummary.at("/statistics/labels")))
          .containsExactlyInAnyOrder("Control socket", "Media stream", "WS connect");

      // Light has 10 users, so the search holds its one step of 10 calls; 20 s keeps the run short.
      HeadlessJMeter.Run concurrentRun = run("concurrent.jmx", simulator, Map.of("capacity_hold_seconds", "20"));
      passed(concurrentRun);
      assertThat(concurrentRun.stdoutText()).contains("Capacity: at least 10 concurrent calls with p95");
    }
  }

  private HeadlessJMeter.Run run(String plan, Simulator simulator, Map<String, String> extra) throws Exception {
    Path runFolder = folder.resolve(plan.replace(".jmx", ""));
    Map<String, String> properties = new java.util.HashMap<>(extra);
    properties.put("config", ShippedFiles.configFile());
    properties.put("base_url", simulator.baseUrl());
    properties.put("output_dir", runFolder.resolve("summaries").toString());
    return HeadlessJMeter.run(ShippedFiles.plan(plan), properties, Map.of(), runFolder);
  }

  /** Exit 0, a PASS verdict, samples in the result file and in the summary, and not one failed. */
  private static JsonNode passed(HeadlessJMeter.Run run) throws Exception {
    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isZero();
    assertThat(run.stdoutText()).contains("Builder Engine verdict: PASS");
    List<String> rows = Files.readAllLines(run.results());
    assertThat(rows.size() - 1).as("samples in %s", run.results()).isPositive();
    assertThat(rows.stream().skip(1).filter(row -> row.contains(",false,"))).as("failed samples").isEmpty();
    JsonNode summary = RunFiles.summary(run.folder().resolve("summaries"));
    assertThat(summary.at("/statistics/overall/samples").asLong()).isPositive();
    assertThat(summary.at("/statistics/overall/errors").asLong()).isZero();
    assertThat(summary.at("/run/profile").asText()).isEqualTo("light");
    return summary;
  }

  private static List<String> labels(JsonNode stats) {
    List<String> labels = new ArrayList<>();
    stats.forEach(entry -> labels.add(entry.get("label").asText()));
    return labels;
  }

  private static JsonNode step(JsonNode summary, String label) {
    for (JsonNode step : summary.at("/statistics/steps")) {
      if (step.get("label").asText().equals(label)) {
        return step;
      }
    }
    throw new AssertionError("no step " + label);
  }
}
