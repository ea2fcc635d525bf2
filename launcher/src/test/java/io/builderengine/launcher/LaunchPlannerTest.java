package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.jmeter.config.model.ConfigLoader;
import io.builderengine.jmeter.config.model.SuiteConfig;
import io.builderengine.launcher.cli.CommandLineParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks before any process starts, with the plugin's own config loader and rules, on the
 * shipped config and plans; every message in the launcher's words.
 */
class LaunchPlannerTest {

  private static final SuiteLayout SUITE = new SuiteLayout(Path.of(System.getProperty("suite.home", "..")));

  @TempDir
  Path folder;



  @Tag("faults")
  @Test
  void aConfigThatDoesNotValidateIsNamedByFileLineAndColumn() throws IOException {
    Path config = Files.writeString(folder.resolve("bad.yaml"), Files.readString(SUITE.defaultConfig())
        .replace("    concurrent_users: 5\n", "    concurent_users: 5\n"));

    assertThat(failure("-t", "quick", "-c", config.toString())).isEqualTo(config + ":26:5: unknown key"
        + " 'concurent_users' in profiles.smoke; did you mean 'concurrent_users'?");
  }

  @Tag("faults")
  @Test
  void aMissingPlanIsNamedBeforeAnythingStarts() throws IOException {
    Path suite = folder.resolve("suite");
    Files.createDirectories(suite.resolve("test-plans"));
    Files.createDirectories(suite.resolve("profiles"));
    Files.copy(SUITE.defaultConfig(), suite.resolve("profiles/config.yaml"));

    assertThatThrownBy(() -> LaunchPlanner.plan(CommandLineParser.parse(List.of("-t", "mixed")), new SuiteLayout(suite),
        Map.of())).hasMessage("test-plans/mixed.jmx is missing: the mixed scenario's plan is not in this checkout yet;"
            + " choose another --test");
  }

  @Test
  void allRunsTheOldSuitesScenariosAndTheDatabaseOnlyWhenTheConfigEnablesIt() throws Exception {
    SuiteConfig shipped = ConfigLoader.load(SUITE.defaultConfig(), Map.of());
    Path enabled = Files.writeString(folder.resolve("db.yaml"), Files.readString(SUITE.defaultConfig())
        .replace("  - name: database\n    enabled: false", "  - name: database\n    enabled: true"));

    assertThat(TestSelection.of("all", shipped))
        .containsExactly(Scenario.API, Scenario.CALLS, Scenario.WEBSOCKET, Scenario.CONCURRENT);
    assertThat(TestSelection.of("all", ConfigLoader.load(enabled, Map.of())))
        .containsExactly(Scenario.API, Scenario.CALLS, Scenario.WEBSOCKET, Scenario.CONCURRENT, Scenario.DATABASE);
    assertThat(TestSelection.of("calls", shipped)).containsExactly(Scenario.CALLS);
  }

  @Test
  void withoutAProfileEachPlanRunsItsOwn() throws LaunchException {
    assertThat(PlanDefaults.profile(SUITE.plansDirectory().resolve("quick.jmx"))).isEqualTo("quick");
    assertThat(PlanDefaults.profile(SUITE.plansDirectory().resolve("api.jmx"))).isEqualTo("light");
    assertThat(PlanDefaults.profile(SUITE.plansDirectory().resolve("concurrent.jmx"))).isEqualTo("light");
  }

  private static String failure(String... arguments) {
    try {
      LaunchPlanner.plan(CommandLineParser.parse(List.of(arguments)), SUITE, Map.of());
    } catch (LaunchException expected) {
      return expected.getMessage();
    }
    throw new AssertionError("no LaunchException for " + List.of(arguments));
  }
}
