package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.RunSettings;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One JMeter run of a launch: the plan, its folder, the settings it resolves to and the -J
 * properties that say so. Immutable.
 *
 * @param folder where results.jtl, dashboard/, jmeter.log and the summaries go
 * @param settings as the plan's config element will resolve them (key masked in toString)
 * @param properties the -J properties, sorted; none is a secret
 * @param simulated whether the target is the bundled simulator
 */
public record ScenarioRun(Scenario scenario, Path plan, Path folder, RunSettings settings,
    Map<String, String> properties, boolean simulated) {

  public ScenarioRun {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }

  public Path results() {
    return folder.resolve("results.jtl");
  }

  public Path log() {
    return folder.resolve("jmeter.log");
  }

  public Path dashboard() {
    return folder.resolve("dashboard");
  }

  /** JMeter's console output (its summariser, our listener's progress and verdict), as shown. */
  public Path consoleLog() {
    return folder.resolve("console.log");
  }
}
