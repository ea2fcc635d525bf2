package io.builderengine.jmeter.install;

import java.io.InvalidObjectException;

/**
 * This plugin's version, from its jar's manifest, and the check that keeps a distributed run from
 * mixing versions: the controller's elements carry its version to each jmeter-server engine, which
 * refuses them when its own differs (the two would sample, judge and report differently).
 */
public final class PluginVersion {

  /** The version of classes not loaded from the jar (an IDE, {@code mvn test}). */
  static final String DEVELOPMENT = "development";

  private PluginVersion() {
  }

  public static String current() {
    String version = PluginVersion.class.getPackage().getImplementationVersion();
    return version == null ? DEVELOPMENT : version;
  }

  /**
   * @param sentBy the version of the JMeter that built the element, as it arrived
   * @throws InvalidObjectException when it is not this JVM's: JMeter's remote configure then fails, and
   *     the controller prints this message
   */
  public static void requireSame(String sentBy) throws InvalidObjectException {
    String own = current();
    if (!own.equals(sentBy)) {
      throw new InvalidObjectException("Builder Engine plugin " + own + " on this jmeter-server engine refuses a plan"
          + " from a controller with plugin " + sentBy + ": install the same builder-engine-jmeter-plugin jar in"
          + " lib/ext of the controller and of every engine");
    }
  }
}
