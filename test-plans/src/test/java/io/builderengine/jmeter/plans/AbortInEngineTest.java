package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sustained breach stops a real engine run early, and the summary says so and why. */
@Tag("faults")
class AbortInEngineTest {

  @TempDir
  Path folder;

  @Test
  void sustainedBreachStopsTheRunEarly() throws Exception {
    Path configFile = RunFiles.configWithImpossibleP95(folder);
    Path summaries = folder.resolve("summaries");

    long startedNanos = System.nanoTime();
    List<SampleResult> samples;
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      samples = EmbeddedJMeter.run(ShippedFiles.plan("quick.jmx"), RunFiles.withoutGeneratorCheck(Map.of(
          "config", configFile.toString(), "base_url", simulator.baseUrl(), "duration", "60",
          "be.abort_after_seconds", "2", "output_dir", summaries.toString())));
    }
    double elapsedSeconds = (System.nanoTime() - startedNanos) / 1e9;

    assertThat(elapsedSeconds).as("a 60 s plan aborted after a 2 s breach").isLessThan(15);
    assertThat(samples).as("samples before the stop").hasSizeGreaterThan(10).hasSizeLessThan(200);
    JsonNode verdict = RunFiles.summary(summaries).path("verdict");
    assertThat(verdict.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(verdict.path("abortReason").asText())
        .startsWith("max_p95_response_time_ms on overall breached for ");
  }
}
