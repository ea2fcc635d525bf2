package io.builderengine.launcher;

import io.builderengine.jmeter.config.model.RunSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * The JMeter 5.6.3 home the plans run on: {@code JMETER_HOME} when set, else the one the build
 * assembles at launcher/target/jmeter. Either must be JMeter 5.6.3 with this version of the
 * Builder Engine plugin in lib/ext. A user's install is checked, never changed: when the plugin is
 * missing or another version, the message says what to copy where.
 *
 * @param home the JMeter home
 * @param launcherJar bin/ApacheJMeter.jar (a distribution) or bin/ApacheJMeter-5.6.3.jar (as Maven lays it out)
 */
public record JMeterInstallation(Path home, Path launcherJar) {

  static final String VERSION = "5.6.3";
  static final String HOME_VARIABLE = "JMETER_HOME";
  private static final String PLUGIN_JAR_PREFIX = "builder-engine-jmeter-plugin";

  /** @throws LaunchException naming the home and what is wrong with it */
  static JMeterInstallation locate(Map<String, String> environment, SuiteLayout layout) throws LaunchException {
    String configured = environment.get(HOME_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return check(Path.of(configured.strip()), HOME_VARIABLE + "=" + configured.strip(),
          " (or unset " + HOME_VARIABLE + " to use the bundled one at " + layout.show(layout.bundledJMeterHome()) + ")");
    }
    Path bundled = layout.bundledJMeterHome();
    if (!Files.isDirectory(bundled)) {
      throw new LaunchException("no JMeter home at " + layout.show(bundled) + ": build it with `mvn -B -pl launcher -am"
          + " package -DskipTests` (ci/be-loadtest does on its first run), or set " + HOME_VARIABLE
          + " to a JMeter " + VERSION + " with the Builder Engine plugin in lib/ext");
    }
    return check(bundled, "the bundled JMeter home " + layout.show(bundled),
        " (rebuild it with `mvn -B -pl launcher -am package -DskipTests`)");
  }

  private static JMeterInstallation check(Path home, String what, String remedy) throws LaunchException {
    if (!Files.isDirectory(home)) {
      throw new LaunchException(what + " is not a directory" + remedy);
    }
    Path launcherJar = launcherJar(home).orElseThrow(() -> new LaunchException(
        what + " has no bin/ApacheJMeter.jar: not a JMeter install" + remedy));
    String version = manifestVersion(launcherJar).orElse("of unknown version");
    if (!VERSION.equals(version)) {
      throw new LaunchException(what + " is JMeter " + version + "; the plans need " + VERSION + remedy);
    }
    checkPlugin(home, what, remedy);
    return new JMeterInstallation(home.toAbsolutePath().normalize(), launcherJar.toAbsolutePath().normalize());
  }

  private static void checkPlugin(Path home, String what, String remedy) throws LaunchException {
    List<Path> plugins = files(home.resolve("lib/ext"), PLUGIN_JAR_PREFIX);
    String expected = RunSettings.class.getPackage().getImplementationVersion();
    String copy = pluginJar().map(jar -> ": copy " + jar + " into " + home.resolve("lib/ext")).orElse("");
    if (plugins.isEmpty()) {
      throw new LaunchException(what + " has no Builder Engine plugin in lib/ext" + copy + remedy);
    }
    if (plugins.size() > 1) {
      throw new LaunchException(what + " has " + plugins.size() + " Builder Engine plugin jars in lib/ext " + plugins
          + ": keep one" + remedy);
    }
    // Only a launcher running from its jar knows its version (not one run from target/classes).
    String found = manifestVersion(plugins.get(0)).orElse("unknown");
    if (expected != null && !expected.equals(found)) {
      throw new LaunchException(what + " has the Builder Engine plugin " + found + " in lib/ext, the launcher is "
          + expected + copy.replace(": copy", ": replace it with") + remedy);
    }
  }

  private static Optional<Path> launcherJar(Path home) {
    Path distribution = home.resolve("bin/ApacheJMeter.jar");
    if (Files.isRegularFile(distribution)) {
      return Optional.of(distribution);
    }
    Path maven = home.resolve("bin/ApacheJMeter-" + VERSION + ".jar");
    if (Files.isRegularFile(maven)) {
      return Optional.of(maven);
    }
    return files(home.resolve("bin"), "ApacheJMeter-").stream().findFirst();
  }

  private static List<Path> files(Path folder, String prefix) {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, prefix + "*.jar")) {
      entries.forEach(found::add);
    } catch (IOException e) {
      return found;
    }
    found.sort(null);
    return found;
  }

  private static Optional<String> manifestVersion(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Optional.ofNullable(file.getManifest())
          .map(manifest -> manifest.getMainAttributes().getValue("Implementation-Version"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The plugin jar the launcher itself runs with: the one to copy into a JMeter install. */
  private static Optional<Path> pluginJar() {
    try {
      Path jar = Path.of(RunSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
