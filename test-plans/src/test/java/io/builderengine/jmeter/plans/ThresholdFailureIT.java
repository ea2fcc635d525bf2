package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A threshold set to fail makes the headless run fail (exit 1), after JMeter has written the whole
 * result file and its HTML dashboard; a run within its thresholds exits 0.
 */
class ThresholdFailureIT {

  @TempDir
  Path folder;

  @Tag("faults")
  @Test
  void failedThresholdExitsOneAfterResultsAndDashboardAreComplete() throws Exception {
    Path configFile = RunFiles.configWithImpossibleP95(folder);

    HeadlessJMeter.Run run = runQuick(configFile, folder.resolve("failing"));

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stdoutText()).contains("Builder Engine verdict: FAIL").contains("max_p95_response_time_ms FAIL")
        .contains("... end of run");
    assertThat(run.dashboard().resolve("index.html")).as("JMeter's dashboard, written before the exit").isRegularFile();
    JsonNode summary = RunFiles.summary(run.folder().resolve("summaries"));
    // The listener sits in the users' group: every sample of the result file but the setUp group's.
    long loadSamples = Files.readAllLines(run.results()).stream().skip(1).filter(line -> !line.contains(",setup: ")).count();
    assertThat(summary.at("/statistics/overall/samples").asLong()).as("samples in summary.json vs the result file")
        .isEqualTo(loadSamples).isGreaterThan(20);
    assertThat(summary.at("/verdict/outcome").asText()).isEqualTo("FAIL");
    Path reports = RunFiles.summaryFile(run.folder().resolve("summaries")).getParent();
    assertThat(Files.readString(reports.resolve("summary.md"))).startsWith("## ❌ FAIL");
    assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<failure").contains("max_p95_response_time_ms");
    assertThat(Files.readString(reports.resolve("summary.html"))).contains("FAIL").contains("index.html");
  }

  @Test
  void runWithinItsThresholdsExitsZero() throws Exception {
    HeadlessJMeter.Run run = runQuick(Path.of(ShippedFiles.configFile()), folder.resolve("passing"));

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isZero();
    assertThat(run.stdoutText()).contains("Builder Engine verdict: PASS");
    assertThat(RunFiles.summary(run.folder().resolve("summaries")).at("/verdict/outcome").asText()).isEqualTo("PASS");
  }

  private static HeadlessJMeter.Run runQuick(Path configFile, Path runFolder) throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      return HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"),
          RunFiles.withoutGeneratorCheck(Map.of("config", configFile.toString(), "base_url", simulator.baseUrl(),
              "duration", "4", "output_dir", runFolder.resolve("summaries").toString())),
          Map.of(), runFolder);
    }
  }
}
