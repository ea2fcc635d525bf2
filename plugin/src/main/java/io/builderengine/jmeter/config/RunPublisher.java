package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.ScenarioShare;
import java.util.Locale;
import java.util.Properties;
import org.apache.jmeter.threads.JMeterVariables;
import org.apache.jmeter.util.JMeterUtils;

/**
 * Makes the resolved run visible to the rest of the plan.
 *
 * <p>Plain settings become JMeter properties, read with {@code ${__P(be.users)}} by thread groups,
 * timers and HTTP defaults. Secrets never do (JMeter logs properties given with -J, and the
 * Property Display shows them): the API key becomes the variable {@code be_api_key} of the engine
 * thread, which JMeter copies into every thread it starts, like the JDBC pool of its
 * DataSourceElement; the whole settings object goes to {@link ActiveRun}.
 */
final class RunPublisher {

  static final String PROFILE = "be.profile";
  static final String USERS = "be.users";
  static final String RPS = "be.rps";
  static final String DURATION_SECONDS = "be.duration";
  static final String RAMP_UP_SECONDS = "be.ramp_up";
  static final String RAMP_DOWN_SECONDS = "be.ramp_down";
  static final String BASE_URL = "be.base_url";
  static final String ORG_ID = "be.org_id";
  static final String WEBSOCKET_URL = "be.websocket_url";
  static final String RESPONSE_TIMEOUT_MILLIS = "be.response_timeout_ms";
  static final String CONNECT_TIMEOUT_MILLIS = "be.connect_timeout_ms";
  static final String API_KEY_VARIABLE = "be_api_key";
  /** Followed by the scenario's name and {@code .users}, {@code .rps} or {@code .enabled}. */
  static final String SCENARIO_PREFIX = "be.scenario.";

  private RunPublisher() {
  }

  static void publish(RunSettings run, JMeterVariables engineVariables) {
    JMeterUtils.setProperty(PROFILE, run.profileName());
    JMeterUtils.setProperty(USERS, Integer.toString(run.users()));
    JMeterUtils.setProperty(RPS, plain(run.targetRps()));
    JMeterUtils.setProperty(DURATION_SECONDS, Integer.toString(run.durationSeconds()));
    JMeterUtils.setProperty(RAMP_UP_SECONDS, Integer.toString(run.rampUpSeconds()));
    JMeterUtils.setProperty(RAMP_DOWN_SECONDS, Integer.toString(run.rampDownSeconds()));
    JMeterUtils.setProperty(BASE_URL, run.baseUrl());
    JMeterUtils.setProperty(ORG_ID, run.organizationId());
    JMeterUtils.setProperty(WEBSOCKET_URL, run.websocketUrl());
    JMeterUtils.setProperty(RESPONSE_TIMEOUT_MILLIS, millis(run.requests().timeoutSeconds()));
    JMeterUtils.setProperty(CONNECT_TIMEOUT_MILLIS, millis(run.requests().connectionTimeoutSeconds()));
    publishScenarioShares(run);
    engineVariables.put(API_KEY_VARIABLE, run.apiKey().reveal());
    ActiveRun.publish(run);
  }

  /**
   * A scenario of an earlier run in this JVM (the GUI, tests) that this file no longer names must not
   * keep its threads: its shares go before this run's are set.
   */
  private static void publishScenarioShares(RunSettings run) {
    Properties properties = JMeterUtils.getJMeterProperties();
    properties.stringPropertyNames().stream().filter(name -> name.startsWith(SCENARIO_PREFIX))
        .forEach(properties::remove);
    for (ScenarioShare share : run.scenarioShares()) {
      String prefix = SCENARIO_PREFIX + share.name();
      JMeterUtils.setProperty(prefix + ".users", Integer.toString(share.users()));
      JMeterUtils.setProperty(prefix + ".rps", plain(share.targetRps()));
      JMeterUtils.setProperty(prefix + ".enabled", Boolean.toString(share.takesPart()));
    }
  }

  static void withdraw() {
    ActiveRun.clear();
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static String millis(double seconds) {
    return String.format(Locale.ROOT, "%d", Math.round(seconds * 1000));
  }
}
