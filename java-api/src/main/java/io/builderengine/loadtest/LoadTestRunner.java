package io.builderengine.loadtest;

import io.builderengine.jmeter.config.model.ConfigException;
import io.builderengine.jmeter.config.model.ConfigLoader;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.SuiteConfig;
import io.builderengine.jmeter.listener.FinishedRuns.FinishedRun;
import io.builderengine.launcher.LaunchException;
import io.builderengine.launcher.Scenario;
import io.builderengine.launcher.TestSelection;
import io.builderengine.launcher.report.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the shipped plans in this JVM on JMeter's real engine, one scenario after another, as the old
 * suite's {@code LoadTestRunner} did: {@code new LoadTestRunner(config).addTests("api", "calls").runAll()}.
 *
 * <p>Everything is checked before the first request: the config file, the overrides (with the plugin's
 * own rules, so a mistake reads as it would on the command line), the scenario names and the output
 * folder. One run at a time per JVM: JMeter's properties are global.
 */
public final class LoadTestRunner {

  private static final String DEFAULT_PROFILE = "light";

  private final LoadTestConfig config;
  private final Set<String> tests = new LinkedHashSet<>();

  public LoadTestRunner(LoadTestConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * @param names quick, api, calls, websocket, concurrent, database, mixed, or all (api, calls,
   *     websocket, concurrent, and database when the config enables it), as {@code --test} takes them
   * @throws IllegalArgumentException for another name
   */
  public LoadTestRunner addTests(String... names) {
    for (String name : names) {
      try {
        TestSelection.check(name);
      } catch (LaunchException e) {
        throw new IllegalArgumentException(e.getMessage().replace(" for --test", ""), e);
      }
      tests.add(name);
    }
    return this;
  }

  /**
   * Runs every scenario added, in order, and returns their results; the reports of each are in
   * {@code <output>/<scenario>/}.
   *
   * @throws IllegalArgumentException for a config file or a setting that does not validate (the
   *     plugin's one-line message), or an output folder that already holds files; nothing has run
   * @throws IllegalStateException when no scenario was added
   */
  public LoadTestReport runAll() {
    if (tests.isEmpty()) {
      throw new IllegalStateException("no scenario to run: call addTests(\"api\", ...) first");
    }
    ShippedSuite suite = ShippedSuite.unpack();
    Path configFile = config.configFile().orElse(suite.defaultConfigFile());
    SuiteConfig suiteConfig = validatedConfig(configFile);
    List<Scenario> scenarios = scenarios(suiteConfig);
    Path output = outputFolder(suiteConfig);
    EmbeddedJMeterHome.initialise(config.jmeterHome().orElse(null));

    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Path folder = output.resolve(scenario.label());
      Map<String, String> properties = new LinkedHashMap<>(config.planProperties());
      properties.put("config", configFile.toString());
      properties.put("be.summary_dir", folder.toString());
      List<FinishedRun> finished = EmbeddedEngine.run(suite.plan(scenario.planFile()), properties, config.environment());
      if (finished.isEmpty()) {
        throw new IllegalStateException(scenario.label() + ": the plan ended without a summary from its SLO"
            + " listener; see jmeter.log");
      }
      FinishedRun run = finished.get(finished.size() - 1);
      results.add(new ScenarioResult(scenario.label(), run.summary(), run.folder()));
    }
    return new LoadTestReport(results);
  }

  private SuiteConfig validatedConfig(Path configFile) {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(config.environment());
    try {
      SuiteConfig suiteConfig = ConfigLoader.load(configFile, environment);
      Map<String, String> commandLine = new LinkedHashMap<>(config.planProperties());
      commandLine.putIfAbsent("profile", DEFAULT_PROFILE);
      RunSettings.resolve(suiteConfig, commandLine, environment);
      return suiteConfig;
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private List<Scenario> scenarios(SuiteConfig suiteConfig) {
    List<Scenario> scenarios = new ArrayList<>();
    for (String test : tests) {
      try {
        TestSelection.of(test, suiteConfig).stream().filter(scenario -> !scenarios.contains(scenario))
            .forEach(scenarios::add);
      } catch (LaunchException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return scenarios;
  }

  /** The given folder, new or empty; else a new UTC-time folder in the config's output.directory. */
  private Path outputFolder(SuiteConfig suiteConfig) {
    try {
      if (config.outputDirectory().isEmpty()) {
        return RunFolder.create(Path.of(suiteConfig.output().directory()).toAbsolutePath(), Instant.now());
      }
      Path folder = config.outputDirectory().get();
      if (Files.isDirectory(folder)) {
        try (Stream<Path> entries = Files.list(folder)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException("output directory " + folder + " already holds files: give a new or"
                + " empty folder, so no earlier report is overwritten");
          }
        }
      }
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the output folder: " + e.getMessage(), e);
    }
  }
}
