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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calls.jmx, websocket.jmx and concurrent.jmx run headless ({@code jmeter -n}, our jar in lib/ext) at
 * the light profile against one simulator, side by side: each passes its thresholds with zero errors.
 */
class VoicePlansIT {

  @TempDir
  Path folder;

  @Test
  void theVoicePlansPassAtTheLightProfileWithZeroErrors() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      CompletableFuture<HeadlessJMeter.Run> calls = runAsync("calls.jmx", simulator, Map.of());
      CompletableFuture<HeadlessJMeter.Run> websocket = runAsync("websocket.jmx", simulator, Map.of());
      // Light has 10 users, so the search holds its one step of 10 calls; 20 s keeps the run short.
      CompletableFuture<HeadlessJMeter.Run> concurrent = runAsync("concurrent.jmx", simulator,
          Map.of("capacity_hold_seconds", "20"));

      JsonNode callsSummary = passed(calls.get());
      assertThat(labels(callsSummary.at("/statistics/steps")))
          .contains("Call - initiate", "Call - media stream", "Call - status", "Call - end");
      JsonNode stream = step(callsSummary, "Call - media stream").get("stream");
      assertThat(stream.get("streams").asLong()).isPositive();
      assertThat(stream.get("framesReceived").asLong()).isEqualTo(stream.get("framesSent").asLong());

      JsonNode websocketSummary = passed(websocket.get());
      assertThat(labels(websocketSummary.at("/statistics/labels")))
          .containsExactlyInAnyOrder("Control socket", "Media stream", "WS connect");

      HeadlessJMeter.Run concurrentRun = concurrent.get();
      passed(concurrentRun);
      assertThat(concurrentRun.stdoutText()).contains("Capacity: at least 10 concurrent calls with p95");
    }
  }

  private CompletableFuture<HeadlessJMeter.Run> runAsync(String plan, Simulator simulator, Map<String, String> extra) {
    Path runFolder = folder.resolve(plan.replace(".jmx", ""));
    Map<String, String> properties = new java.util.HashMap<>(extra);
    properties.put("config", ShippedFiles.configFile());
    properties.put("base_url", simulator.baseUrl());
    properties.put("output_dir", runFolder.resolve("summaries").toString());
    return CompletableFuture.supplyAsync(() -> {
      try {
        return HeadlessJMeter.run(ShippedFiles.plan(plan), properties, Map.of(), runFolder);
      } catch (Exception e) {
        throw new IllegalStateException(plan + " did not run", e);
      }
    });
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
