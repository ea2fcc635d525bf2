package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code all --parallel}: one JMeter per scenario at the same time against one simulator, a folder
 * per scenario with its own reports, and the combined summary.md and summary.json at the top whose
 * verdict is the worst scenario's. Short runs on 2 cores fail some latency limits; the verdicts must
 * only agree with one another and with the exit status.
 */
class LauncherAllParallelIT {

  private static final List<String> SCENARIOS = List.of("api", "calls", "websocket", "concurrent");
  private static final List<String> WORST_LAST = List.of("PASS", "INCONCLUSIVE", "FAIL", "NO_DATA", "INCOMPLETE",
      "ERROR", "NOT_RUN");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void runsEveryScenarioAtOnceAndSumsThemUpAtTheTop() throws Exception {
    Path run = folder.resolve("results");

    LauncherProcess.Result launch = LauncherProcess.run(folder, "--test", "all", "--parallel", "--quiet",
        "--profile", "smoke", "--duration", "6", "--users", "2", "--ramp-up", "0", "-Jramp_down=0",
        "-Jtalk_seconds=1", "-Jstream_seconds=2", "-Jcapacity_hold_seconds=3", "--output", run.toString());

    assertThat(launch.exitStatus()).as("exit status; stdout: %s\nstderr: %s", launch.stdout(), launch.stderr())
        .isIn(0, 1, 3);
    JsonNode combined = JSON.readTree(run.resolve("summary.json").toFile());
    List<String> names = new ArrayList<>();
    String worst = "PASS";
    for (JsonNode scenario : combined.get("scenarios")) {
      String name = scenario.get("name").asText();
      names.add(name);
      JsonNode own = JSON.readTree(run.resolve(name).resolve("summary.json").toFile());
      assertThat(scenario.get("outcome").asText()).as("%s in the combined summary", name)
          .isEqualTo(own.at("/verdict/outcome").asText());
      assertThat(scenario.get("samples").asLong()).as("%s samples", name)
          .isEqualTo(own.at("/statistics/overall/samples").asLong()).isPositive();
      assertThat(run.resolve(name).resolve("dashboard/index.html")).isNotEmptyFile();
      assertThat(run.resolve(name).resolve("resolved-config.json")).isNotEmptyFile();
      worst = WORST_LAST.indexOf(scenario.get("outcome").asText()) > WORST_LAST.indexOf(worst)
          ? scenario.get("outcome").asText() : worst;
    }
    assertThat(names).isEqualTo(SCENARIOS);
    assertThat(combined.get("parallel").asBoolean()).isTrue();
    assertThat(combined.get("outcome").asText()).as("the worst scenario's").isEqualTo(worst);
    assertThat(launch.exitStatus()).isEqualTo(switch (worst) {
      case "PASS" -> 0;
      case "INCONCLUSIVE" -> 3;
      default -> 1;
    });
    String markdown = Files.readString(run.resolve("summary.md"));
    assertThat(markdown).startsWith("## ").contains("| api |").contains("| calls |").contains("| websocket |")
        .contains("| concurrent |").contains("[summary](concurrent/summary.md)");
    assertThat(launch.stdout()).as("--quiet: verdicts and where, no JMeter output")
        .contains("api: ").contains("concurrent: ").contains("Overall Status: ").contains("Reports saved to: " + run)
        .doesNotContain("summary =").doesNotContain("Creating summariser").doesNotContain("Load Test Configuration");
  }
}
