package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.RunSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns a checked launch into its JMeter runs once the target is known: the run's folder, the target
 * (the simulator's URL when it is the target), and the plan properties of each scenario.
 */
final class ScenarioRuns {

  /** The capacity search's first step when the plan is not told otherwise (concurrent.jmx's default). */
  static final int CAPACITY_START_CALLS = 10;
  /** How long concurrent.jmx lets a capacity search run when not told (its thread group's duration). */
  static final int CAPACITY_TIMEOUT_SECONDS = 3600;

  private ScenarioRuns() {
  }

  /**
   * @param runFolder the launch's time-stamped folder: the run's own for one scenario, the parent of
   *     one folder per scenario for {@code all}
   * @param simulatorUrl the bundled simulator's base URL, or null when the target was given
   */
  static ScenarioRun of(LaunchPlan plan, Scenario scenario, Path runFolder, String simulatorUrl,
      Map<String, String> environment) throws LaunchException {
    Path folder = plan.combined() ? runFolder.resolve(scenario.label()) : runFolder;
    Map<String, String> overrides = new LinkedHashMap<>(plan.overrides());
    if (simulatorUrl != null) {
      overrides.put("base_url", simulatorUrl);
    }
    Path planFile = plan.plans().get(scenario);
    RunSettings settings = LaunchPlanner.resolve(plan.config(),
        LaunchPlanner.commandLine(planFile, overrides), plan.childEnvironment(environment));

    Map<String, String> properties = new LinkedHashMap<>(overrides);
    properties.put("config", plan.configFile().toString());
    // The listener writes its reports into this folder itself, not into a time-stamped one below it.
    properties.put("be.summary_dir", folder.toString());
    if (scenario == Scenario.CONCURRENT) {
      properties.putAll(capacitySearch(overrides, settings));
    }
    return new ScenarioRun(scenario, planFile, folder, settings, properties, simulatorUrl != null);
  }

  /**
   * concurrent.jmx runs a capacity search, not a timed run: --duration bounds the search, and the
   * first step is the old suite's 10 calls, or the limit when that is lower (the plan refuses a first
   * step above its limit; the limit defaults to the users).
   */
  private static Map<String, String> capacitySearch(Map<String, String> overrides, RunSettings settings) {
    Map<String, String> capacity = new LinkedHashMap<>();
    if (overrides.containsKey("duration") && !overrides.containsKey("capacity_timeout_seconds")) {
      capacity.put("capacity_timeout_seconds", Integer.toString(settings.durationSeconds()));
    }
    int limit = wholeNumber(overrides.get("capacity_max")).orElse(settings.users());
    if (limit < CAPACITY_START_CALLS && !overrides.containsKey("capacity_start")) {
      capacity.put("capacity_start", Integer.toString(Math.max(1, limit)));
    }
    return capacity;
  }

  /**
   * How long the launch should last at most, for the simulator's own time limit: the scenarios'
   * durations (their sum, or the longest when in parallel); a capacity search lasts until its limit
   * (-Jcapacity_timeout_seconds, --duration, else concurrent.jmx's hour).
   */
  static long plannedSeconds(LaunchPlan plan, Map<String, String> environment) throws LaunchException {
    long total = 0;
    for (Scenario scenario : plan.scenarios()) {
      RunSettings settings = LaunchPlanner.resolve(plan.config(),
          LaunchPlanner.commandLine(plan.plans().get(scenario), plan.overrides()), plan.childEnvironment(environment));
      long seconds = settings.durationSeconds();
      if (scenario == Scenario.CONCURRENT) {
        seconds = wholeNumber(plan.overrides().get("capacity_timeout_seconds"))
            .orElse(plan.overrides().containsKey("duration") ? settings.durationSeconds() : CAPACITY_TIMEOUT_SECONDS);
      }
      total = plan.parallel() ? Math.max(total, seconds) : total + seconds;
    }
    return total;
  }

  private static OptionalInt wholeNumber(String text) {
    try {
      return text == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
