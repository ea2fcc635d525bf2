package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.ConfigException;
import io.builderengine.jmeter.config.model.ConfigLoader;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.Secret;
import io.builderengine.jmeter.config.model.SuiteConfig;
import io.builderengine.launcher.cli.LauncherOption;
import io.builderengine.launcher.cli.LauncherOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks a launch before any process starts, as the plans' config element will check it: the test
 * name, the config file (file:line messages from the plugin's loader), the profile and every value
 * (the plugin's own rules, in the launcher's words), the plans, the JMeter home and the simulator.
 *
 * <p>Stateless and thread-safe.
 */
final class LaunchPlanner {

  static final String API_KEY_VARIABLE = "BE_API_KEY";
  /**
   * The old suite's default target, and the shipped config's: a config that still names it gives no
   * target of its own, so the launcher starts the bundled simulator. Test a platform that really
   * listens there with {@code --base-url http://localhost:8000}.
   */
  static final String DEFAULT_TARGET = "http://localhost:8000";

  private LaunchPlanner() {
  }

  /** @throws LaunchException with the one-line reason, for exit status 2 */
  static LaunchPlan plan(LauncherOptions options, SuiteLayout layout, Map<String, String> environment)
      throws LaunchException {
    Secret apiKey = Secret.of(options.value(LauncherOption.API_KEY).orElse(""));
    Map<String, String> planEnvironment = new LinkedHashMap<>(environment);
    if (!apiKey.isEmpty()) {
      planEnvironment.put(API_KEY_VARIABLE, apiKey.reveal());
    }
    String test = options.value(LauncherOption.TEST).orElse(TestSelection.ALL);
    TestSelection.check(test);
    Path configFile = configFile(options, layout);
    SuiteConfig config = load(configFile, planEnvironment);
    List<Scenario> scenarios = TestSelection.of(test, config);

    Map<String, String> overrides = overrides(options);
    Map<Scenario, Path> plans = new LinkedHashMap<>();
    for (Scenario scenario : scenarios) {
      Path plan = layout.plansDirectory().resolve(scenario.planFile());
      if (!Files.isRegularFile(plan)) {
        throw new LaunchException(layout.show(plan) + " is missing: the " + scenario.label()
            + " scenario's plan is not in this checkout yet; choose another --test");
      }
      resolve(config, commandLine(plan, overrides), planEnvironment);
      plans.put(scenario, plan);
    }

    boolean startSimulator = !options.has(LauncherOption.BASE_URL) && DEFAULT_TARGET.equals(config.target().baseUrl());
    if (startSimulator && !Files.isRegularFile(layout.simulatorJar())) {
      throw new LaunchException("no --base-url and the config's target is the default " + DEFAULT_TARGET
          + ", so the bundled simulator is needed, but " + layout.show(layout.simulatorJar())
          + " is missing: build it with `mvn -B -pl simulator package -DskipTests`");
    }
    JMeterInstallation jmeter = JMeterInstallation.locate(environment, layout);
    boolean exactOutput = options.has(LauncherOption.OUTPUT);
    // Absolute: JMeter runs in the scenario's folder, where a relative path would mean another place.
    Path output = path(options.value(LauncherOption.OUTPUT).orElse(config.output().directory()), "--output")
        .toAbsolutePath().normalize();
    if (exactOutput) {
      checkEmpty(output, options.value(LauncherOption.OUTPUT).get());
    }
    return new LaunchPlan(test, plans, configFile.toAbsolutePath().normalize(), config, overrides, apiKey,
        startSimulator, output, exactOutput, options.has(LauncherOption.PARALLEL), options.has(LauncherOption.QUIET),
        jmeter, layout);
  }

  /**
   * The properties a plan's config element reads: the launcher's overrides, and the plan's own
   * profile when none is given (the element would fall back to it too).
   */
  static Map<String, String> commandLine(Path plan, Map<String, String> overrides) throws LaunchException {
    Map<String, String> commandLine = new LinkedHashMap<>(overrides);
    if (!commandLine.containsKey("profile")) {
      commandLine.put("profile", PlanDefaults.profile(plan));
    }
    return commandLine;
  }

  /** The run settings as the plan's config element resolves them, or the reason it would stop. */
  static RunSettings resolve(SuiteConfig config, Map<String, String> commandLine, Map<String, String> environment)
      throws LaunchException {
    try {
      return RunSettings.resolve(config, commandLine, environment);
    } catch (ConfigException e) {
      throw new LaunchException(ConfigMessages.inLauncherTerms(e.getMessage()), e);
    }
  }

  private static Path configFile(LauncherOptions options, SuiteLayout layout) throws LaunchException {
    return options.value(LauncherOption.CONFIG).isPresent()
        ? path(options.value(LauncherOption.CONFIG).get(), "--config") : layout.defaultConfig();
  }

  private static SuiteConfig load(Path configFile, Map<String, String> environment) throws LaunchException {
    try {
      return ConfigLoader.load(configFile, environment);
    } catch (ConfigException e) {
      throw new LaunchException(ConfigMessages.inLauncherTerms(e.getMessage()), e);
    }
  }

  /** The plan properties the options set (as typed, checked by {@link #resolve}), then the -J ones. */
  private static Map<String, String> overrides(LauncherOptions options) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (LauncherOption option : LauncherOption.values()) {
      option.jmeterProperty().filter(property -> !"config".equals(property))
          .ifPresent(property -> options.value(option).ifPresent(value -> overrides.put(property, value)));
    }
    overrides.putAll(options.jmeterProperties());
    return overrides;
  }

  /** A run never mixes its files with another's, nor overwrites them: --output is new or empty. */
  private static void checkEmpty(Path output, String typed) throws LaunchException {
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new LaunchException("--output " + typed + " is a file, not a folder");
    }
    if (Files.isDirectory(output)) {
      try (Stream<Path> entries = Files.list(output)) {
        if (entries.findAny().isPresent()) {
          throw new LaunchException("--output " + typed + " already holds files: give a new or empty folder (without"
              + " --output, each run gets a new time-stamped folder under the config's output.directory)");
        }
      } catch (IOException e) {
        throw new LaunchException("--output " + typed + ": cannot be read (" + e.getMessage() + ")", e);
      }
    }
  }

  private static Path path(String typed, String option) throws LaunchException {
    try {
      return Path.of(typed);
    } catch (InvalidPathException e) {
      throw new LaunchException(option + " " + typed + ": not a path (" + e.getReason() + ")", e);
    }
  }
}
