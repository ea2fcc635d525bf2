package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A threshold set to fail makes the headless run fail (exit 1), after JMeter has written the whole
 * result file and its HTML dashboard; a run within its thresholds exits 0.
 */
class ThresholdFailureIT {

  @TempDir
  Path folder;

  @Test
  void failedThresholdExitsOneAfterResultsAndDashboardAreComplete() throws Exception {
    // The shipped file with a p95 ceiling no real request meets.
    String config = Files.readString(Path.of(ShippedFiles.configFile()))
        .replace("max_p95_response_time_ms: 1000", "max_p95_response_time_ms: 0.001");
    assertThat(config).contains("max_p95_response_time_ms: 0.001");
    Path configFile = Files.writeString(folder.resolve("config.yaml"), config);

    HeadlessJMeter.Run run = runQuick(configFile, folder.resolve("failing"));

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stdoutText()).contains("Builder Engine verdict: FAIL").contains("max_p95_response_time_ms FAIL")
        .contains("... end of run");
    assertThat(run.dashboard().resolve("index.html")).as("JMeter's dashboard, written before the exit").isRegularFile();
    JsonNode summary = summaryOf(run);
    // The listener sits in the users' group: every sample of the result file but the setUp group's.
    long loadSamples = Files.readAllLines(run.results()).stream().skip(1).filter(line -> !line.contains(",setup: ")).count();
    assertThat(summary.at("/statistics/overall/samples").asLong()).as("samples in summary.json vs the result file")
        .isEqualTo(loadSamples).isGreaterThan(20);
    assertThat(summary.at("/verdict/outcome").asText()).isEqualTo("FAIL");
    Path reports = summaryFileOf(run).getParent();
    assertThat(Files.readString(reports.resolve("summary.md"))).startsWith("## ❌ FAIL");
    assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<failure").contains("max_p95_response_time_ms");
    assertThat(Files.readString(reports.resolve("summary.html"))).contains("FAIL").contains("index.html");
  }

  @Test
  void runWithinItsThresholdsExitsZero() throws Exception {
    HeadlessJMeter.Run run = runQuick(Path.of(ShippedFiles.configFile()), folder.resolve("passing"));

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isZero();
    assertThat(run.stdoutText()).contains("Builder Engine verdict: PASS");
    assertThat(summaryOf(run).at("/verdict/outcome").asText()).isEqualTo("PASS");
  }

  private static HeadlessJMeter.Run runQuick(Path configFile, Path runFolder) throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      return HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"),
          Map.of("config", configFile.toString(), "base_url", simulator.baseUrl(), "duration", "4",
              "output_dir", runFolder.resolve("summaries").toString()),
          Map.of(), runFolder);
    }
  }

  private static JsonNode summaryOf(HeadlessJMeter.Run run) throws Exception {
    return new ObjectMapper().readTree(summaryFileOf(run).toFile());
  }

  private static Path summaryFileOf(HeadlessJMeter.Run run) throws Exception {
    try (Stream<Path> files = Files.walk(run.folder().resolve("summaries"))) {
      List<Path> summaries = files.filter(f -> f.getFileName().toString().equals("summary.json"))
          .collect(Collectors.toList());
      assertThat(summaries).as("summary.json files").hasSize(1);
      return summaries.get(0);
    }
  }
}
