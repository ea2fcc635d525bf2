package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.Secret;
import io.builderengine.jmeter.config.model.SuiteConfig;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A launch that has passed every check: what to run, on which JMeter, with which plan properties.
 * Made by {@link LaunchPlanner}; immutable. Its {@code toString()} masks the API key.
 *
 * @param test as typed: a scenario or {@code all}
 * @param plans each scenario's plan, in run order
 * @param configFile the config file, absolute (JMeter runs elsewhere)
 * @param overrides plan properties from the options and {@code -J}, without the target when simulated
 * @param apiKey the key from {@code --api-key}, given to JMeter as BE_API_KEY; empty when not given
 * @param startSimulator whether no target was given, so the bundled simulator is the target
 * @param outputDirectory with {@code exactOutput}, the run's folder itself (--output); else where the run's
 *     time-stamped folder goes (the config's output.directory)
 */
public record LaunchPlan(String test, Map<Scenario, Path> plans, Path configFile, SuiteConfig config,
    Map<String, String> overrides, Secret apiKey, boolean startSimulator, Path outputDirectory, boolean exactOutput, boolean parallel,
    boolean quiet, JMeterInstallation jmeter, SuiteLayout layout) {

  public LaunchPlan {
    Objects.requireNonNull(test, "test");
    plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(config, "config");
    overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(jmeter, "jmeter");
    Objects.requireNonNull(layout, "layout");
  }

  public List<Scenario> scenarios() {
    return List.copyOf(plans.keySet());
  }

  /** Whether the run has one folder per scenario and a combined summary ({@code all}). */
  public boolean combined() {
    return TestSelection.ALL.equals(test);
  }

  /** The environment of the JMeter processes: the launcher's own, plus BE_API_KEY from {@code --api-key}. */
  public Map<String, String> childEnvironment(Map<String, String> environment) {
    Map<String, String> child = new LinkedHashMap<>(environment);
    if (!apiKey.isEmpty()) {
      child.put(LaunchPlanner.API_KEY_VARIABLE, apiKey.reveal());
    }
    return child;
  }
}
