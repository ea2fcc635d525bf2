package io.builderengine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a caller of the Java API sees when the target fails or a setting is wrong. */
class LoadTestRunnerTest {

  @TempDir
  Path outputFolder;

  @Test
  void aSlowTargetFailsTheReportWithTheBrokenThresholdNamed() throws IOException {
    // Every answer 600 ms late: over the config's max_avg_response_time_ms of 500, and the plan's set-up
    // requests still succeed (errors would stop the plan before its load, a run with no data).
    try (Simulator slow = Simulator.start(SimulatorConfig.defaults().withPort(0)
        .withFaults(FaultSettings.none().withLatencyMillis(600)))) {
      // A busy machine must not turn this FAIL into an INCONCLUSIVE: the generator's self-check is off.
      LoadTestReport report = new LoadTestRunner(quick(slow.baseUrl()).duration(Duration.ofSeconds(10))
          .outputDirectory(outputFolder).property("be.generator_max_cpu", "1").property("be.generator_max_schedule_lag_ms", "60000").build())
          .addTests("quick").runAll();

      assertThat(report.overallPassed()).isFalse();
      ScenarioAnalysis quick = report.analyze().get(0);
      assertThat(quick.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(quick.passed()).isFalse();
      // 4 threads at 600 ms a request, for 10 s less the plan's set-up requests: about 50.
      assertThat(quick.samples()).as("samples").isBetween(20L, 80L);
      assertThat(quick.failedThresholds()).anySatisfy(failure -> assertThat(failure)
          .startsWith("overall max_avg_response_time_ms FAIL: "));
      assertThat(report.toString()).contains("quick: FAIL").endsWith("overall: FAIL");
      assertThat(outputFolder.resolve("quick/junit.xml")).content().contains("<failure");
    }
  }

  @Test
  void aBadSettingStopsBeforeAnythingRunsWithThePluginsMessage() {
    LoadTestRunner runner = new LoadTestRunner(LoadTestConfig.builder().baseUrl("ftp://127.0.0.1:9")
        .outputDirectory(outputFolder.resolve("never")).build()).addTests("quick");

    assertThatThrownBy(runner::runAll).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://127.0.0.1:9").hasMessageContaining("http");
    assertThat(outputFolder.resolve("never")).doesNotExist();
  }

  @Test
  void aMissingConfigFileIsNamed() {
    Path missing = outputFolder.resolve("nowhere.yaml");
    LoadTestRunner runner = new LoadTestRunner(LoadTestConfig.builder().configFile(missing).build()).addTests("api");

    assertThatThrownBy(runner::runAll).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void anUnknownScenarioIsRefusedWithTheValidOnes() {
    LoadTestRunner runner = new LoadTestRunner(LoadTestConfig.builder().build());

    assertThatThrownBy(() -> runner.addTests("api", "checkout")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown test 'checkout'; choose one of quick, api, calls, websocket, concurrent, database, mixed, all");
  }

  @Test
  void runningNothingIsAMistake() {
    assertThatThrownBy(() -> new LoadTestRunner(LoadTestConfig.builder().build()).runAll())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("addTests");
  }

  @Test
  void anOutputFolderWithFilesIsNeverOverwritten() throws IOException {
    Files.writeString(outputFolder.resolve("earlier.md"), "an earlier report");
    LoadTestRunner runner = new LoadTestRunner(quick("http://127.0.0.1:9").outputDirectory(outputFolder).build())
        .addTests("quick");

    assertThatThrownBy(runner::runAll).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already holds files");
    assertThat(outputFolder.resolve("earlier.md")).hasContent("an earlier report");
  }

  private static LoadTestConfig.Builder quick(String baseUrl) {
    return LoadTestConfig.builder().baseUrl(baseUrl).users(4).rps(20).duration(Duration.ofSeconds(4))
        .rampUp(Duration.ZERO).rampDown(Duration.ZERO);
  }
}
