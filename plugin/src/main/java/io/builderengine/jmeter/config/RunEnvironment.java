package io.builderengine.jmeter.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The environment variables a run reads ({@code BE_API_KEY}, {@code BE_DB_PASSWORD}, {@code ${VAR}}
 * in the YAML): the process's own, and for a run started in-process by the Java API, the variables
 * it was given on top. A JVM cannot add to its own environment, and a secret must not travel as a
 * JMeter property (JMeter logs those).
 *
 * <p>One in-process run at a time, as JMeter's own static properties allow.
 */
public final class RunEnvironment {

  private static volatile Map<String, String> given = Map.of();

  private RunEnvironment() {
  }

  /** The process environment with the given variables on top; a new map, free to change. */
  public static Map<String, String> all() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(given);
    return environment;
  }

  /** @return the variable's value, or null when it is not set */
  public static String get(String name) {
    String value = given.get(name);
    return value != null ? value : System.getenv(name);
  }

  /**
   * Sets variables for the runs started until the returned scope is closed.
   *
   * @param variables name to value; replaces what an earlier scope gave
   */
  public static Scope give(Map<String, String> variables) {
    given = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    return () -> given = Map.of();
  }

  /** Takes the given variables back. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
