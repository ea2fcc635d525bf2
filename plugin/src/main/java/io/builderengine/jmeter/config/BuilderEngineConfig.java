package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.ConfigException;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.ScenarioShare;
import io.builderengine.jmeter.exit.ExitStatus;
import io.builderengine.jmeter.install.PluginVersion;
import io.builderengine.jmeter.install.StartupChecks;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.util.stream.Collectors;
import org.apache.jmeter.config.ConfigElement;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builder Engine Config: reads the suite's YAML (profiles, target, credentials, thresholds),
 * applies the command line and the environment, validates everything before any load is sent,
 * checks an https target's certificate ({@link TlsAtStart}), prints the resolved run on one line,
 * and publishes it to the plan (see {@link RunPublisher}).
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

  static final String DEFAULT_CONFIG_FILE = JMeterRunResolver.DEFAULT_CONFIG_FILE;
  static final String DEFAULT_PROFILE = JMeterRunResolver.DEFAULT_PROFILE;

  private transient String configFile = DEFAULT_CONFIG_FILE;
  private transient String profile = DEFAULT_PROFILE;
  /**
   * The plugin version of the JMeter that built this element. It travels with the element to the
   * jmeter-server engines of a distributed run (Java serialization), never into a .jmx (JMeter saves
   * properties, not fields).
   */
  private final String builtByPluginVersion = PluginVersion.current();

  /** On an engine: refuses the plan of a controller whose plugin version differs from ours. */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      PluginVersion.requireSame(builtByPluginVersion);
    } catch (InvalidObjectException refusal) {
      // The controller sees only a broken RMI call: the reason is said here, on the engine.
      log.error(refusal.getMessage());
      System.err.println(refusal.getMessage()); // NOSONAR the engine's console
      throw refusal;
    }
  }

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
    StartupChecks.runOnce();
    try {
      RunSettings run = JMeterRunResolver.resolve(configFile, profile);
      TlsAtStart.prepare(run);
      RunPublisher.publish(run, getThreadContext().getVariables());
      log.info(run.describe());
      log.info("Builder Engine scenario shares of a mixed run: {}", run.scenarioShares().stream()
          .map(ScenarioShare::describe).collect(Collectors.joining(", ")));
      System.out.println(run.describe()); // NOSONAR the one line a headless user reads
    } catch (ConfigException e) {
      String message = "Builder Engine Config: " + e.getMessage();
      ExitStatus.failAtStart(message);
      throw new IllegalStateException(message, e);
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
