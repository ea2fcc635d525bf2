package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ci/be-loadtest end to end, against the simulator it starts: a quick run that passes, one whose
 * threshold fails, and launches refused before anything starts.
 */
class LauncherRunIT {

  private static final String API_KEY = "sk_test_launcher_9f3b2c71d4e8";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void quickPassesAndLeavesEveryReportInTheRunFolderWithoutTheKey() throws Exception {
    // No --output: a new folder named by the UTC time under the config's ./load_test_results.
    LauncherProcess.Result launch = LauncherProcess.run(folder, "--test", "quick", "--duration", "5",
        "--api-key", API_KEY);

    assertThat(launch.exitStatus()).as("exit status; stdout: %s\nstderr: %s", launch.stdout(), launch.stderr()).isZero();
    Path run = LauncherProcess.runFolder(folder.resolve("load_test_results"));
    assertThat(run.getFileName().toString()).matches("\\d{8}-\\d{6}");
    for (String file : List.of("results.jtl", "dashboard/index.html", "summary.md", "summary.json", "summary.html",
        "junit.xml", "resolved-config.json", "jmeter.log")) {
      assertThat(run.resolve(file)).as(file).isNotEmptyFile();
    }
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    assertThat(summary.at("/verdict/outcome").asText()).isEqualTo("PASS");
    assertThat(summary.at("/run/durationSeconds").asInt()).as("--duration reached the plan").isEqualTo(5);
    assertThat(summary.at("/run/apiKey").asText()).isEqualTo("****" + API_KEY.substring(API_KEY.length() - 4));
    JsonNode resolved = JSON.readTree(run.resolve("resolved-config.json").toFile());
    assertThat(resolved.at("/run/targetIsBundledSimulator").asBoolean()).isTrue();
    assertThat(resolved.at("/run/baseUrl").asText()).startsWith("http://127.0.0.1:");
    assertThat(resolved.at("/run/apiKey").asText()).isEqualTo(summary.at("/run/apiKey").asText());
    assertThat(launch.stdout()).contains("Load Test Configuration:").contains("Builder Engine verdict: PASS")
        .contains("quick: PASS - 5 of 5 thresholds passed").contains("Overall Status: PASSED")
        .contains("Reports saved to: " + run);
    assertThat(launch.stdout() + launch.stderr()).doesNotContain(API_KEY);
    assertNoFileHolds(run, API_KEY);
  }

  @Test
  void aThresholdThatFailsExitsOneWithTheReportsWritten() throws Exception {
    Path config = Files.writeString(folder.resolve("impossible.yaml"),
        Files.readString(LauncherProcess.SUITE.resolve("profiles/config.yaml"))
            .replace("max_p95_response_time_ms: 1000", "max_p95_response_time_ms: 0.001")
            // A busy machine must not turn this FAIL into an INCONCLUSIVE: the generator self-check is off.
            .replace("generator_max_cpu: 0.8", "generator_max_cpu: 1")
            .replace("generator_max_schedule_lag_ms: 10", "generator_max_schedule_lag_ms: 60000"));
    Path run = folder.resolve("results");

    // --output relative to the working directory, as a user types it: the run's files go straight in.
    LauncherProcess.Result launch = LauncherProcess.run(folder, "-t", "quick", "-d", "4", "-c", config.toString(),
        "--output", "results");

    assertThat(launch.exitStatus()).as("exit status; stdout: %s", launch.stdout()).isEqualTo(1);
    assertThat(JSON.readTree(run.resolve("summary.json").toFile()).at("/verdict/outcome").asText()).isEqualTo("FAIL");
    assertThat(Files.readString(run.resolve("junit.xml"))).contains("<failure").contains("max_p95_response_time_ms");
    assertThat(run.resolve("dashboard/index.html")).isNotEmptyFile();
    assertThat(launch.stdout()).contains("quick: FAIL").contains("failed: max_p95_response_time_ms (overall)")
        .contains("Overall Status: FAILED");
  }

  @Test
  void aBadOptionOrConfigExitsTwoWithOneMessageAndNothingStarted() throws Exception {
    Path output = folder.resolve("results");
    Path config = Files.writeString(folder.resolve("typo.yaml"),
        Files.readString(LauncherProcess.SUITE.resolve("profiles/config.yaml"))
            .replace("    concurrent_users: 5\n", "    concurent_users: 5\n"));

    LauncherProcess.Result badValue = LauncherProcess.run(folder, "--test", "quick", "--users", "abc",
        "--output", output.toString());
    LauncherProcess.Result unknown = LauncherProcess.run(folder, "--test", "quick", "--usres", "5");
    LauncherProcess.Result badConfig = LauncherProcess.run(folder, "-t", "api", "-c", config.toString(),
        "--output", output.toString());
    LauncherProcess.Result usedOutput = LauncherProcess.run(folder, "-t", "quick", "--output", folder.toString());

    assertThat(badValue.exitStatus()).isEqualTo(2);
    assertThat(badValue.stderr()).isEqualTo("be-loadtest: --users abc: must be a whole number of 1 or more\n");
    assertThat(unknown.exitStatus()).isEqualTo(2);
    assertThat(unknown.stderr()).contains("unknown option '--usres'");
    assertThat(badConfig.exitStatus()).isEqualTo(2);
    assertThat(badConfig.stderr()).isEqualTo("be-loadtest: " + config
        + ":26:5: unknown key 'concurent_users' in profiles.smoke; did you mean 'concurrent_users'?\n");
    assertThat(usedOutput.exitStatus()).isEqualTo(2);
    assertThat(usedOutput.stderr()).contains("already holds files: give a new or empty folder");
    assertThat(badValue.stdout() + badConfig.stdout() + usedOutput.stdout()).as("nothing started").isEmpty();
    assertThat(output).as("no results folder for a launch that never started").doesNotExist();
  }

  private static void assertNoFileHolds(Path folder, String secret) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as("%s", file)
            .doesNotContain(secret);
      }
    }
  }
}
