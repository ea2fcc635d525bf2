package io.builderengine.jmeter.config.model;

import java.util.Optional;

/**
 * Ramp-up and ramp-down both fall inside the duration, so together they may not be longer than it
 * (equal is fine: the rate climbs and falls with no hold). Checks a profile of the file and the
 * settings of a run after the overrides alike.
 *
 * <p>Stateless and thread-safe.
 */
final class RampCheck {

  private RampCheck() {
  }

  /**
   * @param rampUpLabel how the message names the ramp-up, e.g. {@code ramp_up_seconds} or {@code -Jramp_up}
   * @return what is wrong and what to do, or empty when the ramps fit
   */
  static Optional<String> problem(String rampUpLabel, int rampUpSeconds, String rampDownLabel, int rampDownSeconds,
      String durationLabel, int durationSeconds) {
    long rampsSeconds = (long) rampUpSeconds + rampDownSeconds;
    if (rampsSeconds <= durationSeconds) {
      return Optional.empty();
    }
    return Optional.of(rampUpLabel + " " + rampUpSeconds + " + " + rampDownLabel + " " + rampDownSeconds
        + " = " + rampsSeconds + " s, longer than " + durationLabel + " " + durationSeconds
        + "; shorten the ramps or lengthen the duration");
  }
}
