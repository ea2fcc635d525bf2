package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.ConfigLoader;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.SuiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jmeter.services.FileServer;
import org.apache.jmeter.util.JMeterUtils;

/**
 * Resolves the run from what this JMeter process was given: the YAML ({@code -Jconfig}, else the
 * element's file), the override properties and the environment. Used by the config element and, in
 * distributed mode, by the listener on the controller, where the config element does not run.
 */
public final class JMeterRunResolver {

  static final String DEFAULT_CONFIG_FILE = "profiles/config.yaml";
  static final String DEFAULT_PROFILE = "light";
  /** JMeter properties that override the file, named as the old suite's command line named them. */
  private static final List<String> OVERRIDE_PROPERTIES =
      List.of("profile", "users", "rps", "duration", "ramp_up", "ramp_down", "base_url", "websocket_url",
          "org_id", "tls_trust_self_signed", "tls_ca_file");

  private JMeterRunResolver() {
  }

  /**
   * @throws io.builderengine.jmeter.config.model.ConfigException with the one-line reason
   */
  static RunSettings resolve(String configuredFile, String configuredProfile) {
    Path file = configFile(configuredFile);
    Map<String, String> environment = RunEnvironment.all();
    SuiteConfig suite = ConfigLoader.load(file, environment);
    return RunSettings.resolve(suite, commandLine(configuredProfile), environment);
  }

  /**
   * The run for a process where no config element ran (a distributed controller), when this process
   * can find a config file at all; empty for a plan that uses no config file.
   */
  public static Optional<RunSettings> resolveIfConfigured() {
    if (JMeterUtils.getProperty("config") == null && !Files.isRegularFile(configFile(DEFAULT_CONFIG_FILE))) {
      return Optional.empty();
    }
    return Optional.of(resolve(DEFAULT_CONFIG_FILE, DEFAULT_PROFILE));
  }

  private static Path configFile(String configuredFile) {
    return ConfigFileLocator.locate(JMeterUtils.getPropDefault("config", configuredFile), planDirectory());
  }

  private static Map<String, String> commandLine(String configuredProfile) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String name : OVERRIDE_PROPERTIES) {
      String value = JMeterUtils.getProperty(name);
      if (value != null) {
        given.put(name, value);
      }
    }
    given.putIfAbsent("profile",
        configuredProfile == null || configuredProfile.isBlank() ? DEFAULT_PROFILE : configuredProfile);
    return given;
  }

  private static Path planDirectory() {
    String base = FileServer.getFileServer().getBaseDir();
    return base == null ? null : Path.of(base);
  }
}
