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
  void aTargetFailingHalfItsRequestsFailsTheReportWithTheBrokenThresholdNamed() throws IOException {
    try (Simulator failing = Simulator.start(SimulatorConfig.defaults().withPort(0)
        .withFaults(FaultSettings.none().withErrorRate(0.5)))) {
      LoadTestReport report = new LoadTestRunner(quick(failing.baseUrl()).outputDirectory(outputFolder).build())
          .addTests("quick").runAll();

      assertThat(report.overallPassed()).isFalse();
      ScenarioAnalysis quick = report.analyze().get(0);
      // NO_DATA may outrank FAIL: a rarely drawn request can fail every time it was sent.
      assertThat(quick.outcome()).isIn(Outcome.FAIL, Outcome.NO_DATA);
      assertThat(quick.passed()).isFalse();
      assertThat(quick.errorRate()).as("error rate of a target failing half").isBetween(0.3, 0.7);
      assertThat(quick.failedThresholds()).anySatisfy(failure -> assertThat(failure)
          .startsWith("overall max_error_rate FAIL: failed samples / all samples 0."));
      assertThat(report.toString()).containsPattern("quick: (FAIL|NO_DATA)").endsWith("overall: FAIL");
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
