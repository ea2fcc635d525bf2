package io.builderengine.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the suite's parts are, from its top folder (the checkout): the plans, the default config,
 * the simulator jar and the JMeter home the build assembles.
 *
 * @param home the suite's top folder
 */
public record SuiteLayout(Path home) {

  /** Set by ci/be-loadtest; without it the launcher jar's own place says where the suite is. */
  static final String HOME_PROPERTY = "be.suite.home";

  public SuiteLayout {
    home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
  }

  /** {@code -Dbe.suite.home}, else three levels above the launcher's jar or classes (launcher/target/x). */
  static SuiteLayout detect() {
    String configured = System.getProperty(HOME_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return new SuiteLayout(Path.of(configured));
    }
    try {
      Path code = Path.of(LoadTestLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path home = code.getParent() == null ? null : code.getParent().getParent();
      home = home == null ? null : home.getParent();
      if (home != null && Files.isDirectory(home.resolve("test-plans"))) {
        return new SuiteLayout(home);
      }
    } catch (URISyntaxException | SecurityException | NullPointerException unknown) {
      // fall through to the working directory
    }
    return new SuiteLayout(Path.of(""));
  }

  public Path plansDirectory() {
    return home.resolve("test-plans");
  }

  public Path defaultConfig() {
    return home.resolve("profiles/config.yaml");
  }

  public Path simulatorJar() {
    return home.resolve("simulator/target/builder-engine-simulator.jar");
  }

  public Path bundledJMeterHome() {
    return home.resolve("launcher/target/jmeter");
  }

  /** A path inside the suite as a user reads it (test-plans/mixed.jmx), others as they are. */
  public String show(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(home) ? home.relativize(absolute).toString() : absolute.toString();
  }
}
