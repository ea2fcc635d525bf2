package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.RunSettings;
import java.util.Optional;

/**
 * The settings of the run in progress, for the elements that need more than a JMeter property can
 * carry (thresholds and output for the listener, secrets for the samplers). Set by the Builder
 * Engine Config element at test start, cleared at test end.
 *
 * <p>Thread-safe: one volatile reference to an immutable value.
 */
public final class ActiveRun {

  private static volatile RunSettings current;

  private ActiveRun() {
  }

  /** The resolved settings, empty before the config element has started or after the test ended. */
  public static Optional<RunSettings> settings() {
    return Optional.ofNullable(current);
  }

  static void publish(RunSettings settings) {
    current = settings;
  }

  static void clear() {
    current = null;
  }
}
