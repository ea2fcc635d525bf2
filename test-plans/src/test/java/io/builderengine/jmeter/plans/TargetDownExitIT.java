package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless {@code jmeter -n} against a target that is down: the run fails (exit 1) with its verdict
 * on the console, whether every sample failed (calls.jmx) or none was recorded at all because the
 * setUp group stopped the test (quick.jmx: NO_DATA).
 */
@Tag("faults")
class TargetDownExitIT {

  @TempDir
  Path folder;

  @Test
  void everySampleFailingExitsOneWithAFailVerdict() throws Exception {
    String base = "http://127.0.0.1:" + closedPort();

    HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("calls.jmx"),
        // Refusals come back at once, so the one user loops flat out: the generator's self-check is off,
        // or its CPU would turn this FAIL into an INCONCLUSIVE.
        RunFiles.withoutGeneratorCheck(Map.of("config", ShippedFiles.configFile(), "base_url", base, "users", "1",
            "duration", "3", "ramp_up", "0", "ramp_down", "0", "agent_id", "agent_0123456789ab",
            "output_dir", folder.resolve("summaries").toString())),
        Map.of(), folder);

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stdoutText()).contains("Builder Engine verdict: FAIL").contains("max_error_rate FAIL");
    List<String> samples = Files.readAllLines(run.results()).stream().skip(1).toList();
    assertThat(samples).as("result lines (calls and their steps)").hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(line -> assertThat(line).contains(",false,").contains("Connection refused: " + base));
  }

  @Test
  void noSampleAtAllIsNoDataAndExitsOne() throws Exception {
    String base = "http://127.0.0.1:" + closedPort();

    HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"),
        Map.of("config", ShippedFiles.configFile(), "base_url", base, "duration", "5",
            "output_dir", folder.resolve("summaries").toString()),
        Map.of(), folder);

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stdoutText()).contains("Builder Engine verdict: NO_DATA");
    JsonNode summary = RunFiles.summary(folder.resolve("summaries"));
    assertThat(summary.at("/statistics/overall/samples").asLong()).isZero();
    assertThat(summary.at("/verdict/outcome").asText()).isEqualTo("NO_DATA");
    assertThat(Files.readAllLines(run.results()).stream().skip(1))
        .as("only the setUp group's failed fetch is recorded").singleElement().asString()
        .contains("setup: ").contains(",false,");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
