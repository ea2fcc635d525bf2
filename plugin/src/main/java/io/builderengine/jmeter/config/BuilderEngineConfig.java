package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.ConfigException;
import io.builderengine.jmeter.config.model.ConfigLoader;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.SuiteConfig;
import io.builderengine.jmeter.exit.ExitStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jmeter.config.ConfigElement;
import org.apache.jmeter.services.FileServer;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.apache.jmeter.util.JMeterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builder Engine Config: reads the suite's YAML (profiles, target, credentials, thresholds),
 * applies the command line and the environment, validates everything before any load is sent,
 * prints the resolved run on one line, and publishes it to the plan (see {@link RunPublisher}).
 *
 * <p>Precedence: command line ({@code -Jprofile}, {@code -Jusers}, {@code -Jrps}, {@code -Jduration},
 * {@code -Jramp_up}, {@code -Jramp_down}, {@code -Jbase_url}, {@code -Jorg_id}) > environment
 * ({@code BE_API_KEY}, {@code BE_ORG_ID}) > the chosen profile > the file's target section. The
 * file comes from {@code -Jconfig}, else from this element's field.
 *
 * <p>Put it first in the plan: elements that read its properties when the test starts (the Target
 * Rate Timer) are started after it only when they come after it in the tree.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class BuilderEngineConfig extends AbstractTestElement implements ConfigElement, TestStateListener, TestBean {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(BuilderEngineConfig.class);

  static final String DEFAULT_CONFIG_FILE = "profiles/config.yaml";
  static final String DEFAULT_PROFILE = "light";
  /** JMeter properties that override the file, named as the old suite's command line named them. */
  private static final List<String> OVERRIDE_PROPERTIES =
      List.of("profile", "users", "rps", "duration", "ramp_up", "ramp_down", "base_url", "org_id");

  private transient String configFile = DEFAULT_CONFIG_FILE;
  private transient String profile = DEFAULT_PROFILE;

  @Override
  public void testStarted() {
    testStarted("local");
  }

  /**
   * Resolves and publishes the run, or stops the test before any thread starts: the exception
   * carries the one-line reason, which JMeter prints, and a headless run then exits with status 1.
   */
  @Override
  public void testStarted(String host) {
    TestBeanHelper.prepare(this);
    try {
      Path file = ConfigFileLocator.locate(JMeterUtils.getPropDefault("config", configFile), planDirectory());
      SuiteConfig suite = ConfigLoader.load(file, System.getenv());
      RunSettings run = RunSettings.resolve(suite, commandLine(), System.getenv());
      RunPublisher.publish(run, getThreadContext().getVariables());
      log.info(run.describe());
      System.out.println(run.describe()); // NOSONAR the one line a headless user reads
    } catch (ConfigException e) {
      log.error("Builder Engine Config: {}", e.getMessage());
      System.err.println("Builder Engine Config: " + e.getMessage()); // NOSONAR shown before JMeter's stack trace
      ExitStatus.failAtEndOfRun(1);
      throw new IllegalStateException("Builder Engine Config: " + e.getMessage(), e);
    }
  }

  @Override
  public void testEnded() {
    testEnded("local");
  }

  @Override
  public void testEnded(String host) {
    RunPublisher.withdraw();
  }

  private Map<String, String> commandLine() {
    Map<String, String> given = new LinkedHashMap<>();
    for (String name : OVERRIDE_PROPERTIES) {
      String value = JMeterUtils.getProperty(name);
      if (value != null) {
        given.put(name, value);
      }
    }
    given.putIfAbsent("profile", profile == null || profile.isBlank() ? DEFAULT_PROFILE : profile);
    return given;
  }

  private static Path planDirectory() {
    String base = FileServer.getFileServer().getBaseDir();
    return base == null ? null : Path.of(base);
  }

  // ConfigElement: nothing merges into this element; it publishes instead.
  @Override
  public void addConfigElement(ConfigElement config) {
  }

  @Override
  public boolean expectsModification() {
    return false;
  }

  public String getConfigFile() {
    return configFile;
  }

  public void setConfigFile(String configFile) {
    this.configFile = configFile;
  }

  public String getProfile() {
    return profile;
  }

  public void setProfile(String profile) {
    this.profile = profile;
  }
}
