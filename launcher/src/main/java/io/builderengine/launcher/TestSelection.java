package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.SuiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which scenarios a {@code --test} runs: one, or for {@code all} the old suite's set. */
public final class TestSelection {

  public static final String ALL = "all";
  /** The config's name of the database workload in its {@code scenarios} section. */
  private static final String DATABASE_SCENARIO = "database";
  /** Tests of the old suite that were load shapes, which the profiles of the same names now are. */
  private static final Set<String> OLD_PROFILE_TESTS = Set.of("stress", "soak");

  private TestSelection() {
  }

  /**
   * @return for {@code all}: api, calls, websocket, concurrent, and database when the config's
   *     {@code scenarios} enable it (it needs a PostgreSQL); else the one scenario named
   * @throws LaunchException for a name that is neither
   */
  public static List<Scenario> of(String test, SuiteConfig config) throws LaunchException {
    if (ALL.equals(test)) {
      List<Scenario> all = new ArrayList<>(List.of(Scenario.API, Scenario.CALLS, Scenario.WEBSOCKET, Scenario.CONCURRENT));
      if (config.scenarios().stream().anyMatch(s -> s.name().equals(DATABASE_SCENARIO) && s.enabled())) {
        all.add(Scenario.DATABASE);
      }
      return List.copyOf(all);
    }
    check(test);
    return List.of(Scenario.named(test).orElseThrow());
  }

  /** @throws LaunchException for a name that is neither a scenario nor {@code all} */
  public static void check(String test) throws LaunchException {
    if (!ALL.equals(test) && Scenario.named(test).isEmpty()) {
      throw new LaunchException("unknown test '" + test + "' for --test; choose one of " + Scenario.labels() + ", " + ALL
          + (OLD_PROFILE_TESTS.contains(test) ? " (the old suite's " + test + " test is a profile here: --test "
              + (test.equals("soak") ? "mixed" : "concurrent") + " --profile " + test + ")" : ""));
    }
  }
}
