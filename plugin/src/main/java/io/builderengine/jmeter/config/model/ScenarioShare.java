package io.builderengine.jmeter.config.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One scenario's part of a mixed run (mixed.jmx): the threads its thread group runs and the rate its
 * Target Rate Timer holds. Made by {@link ScenarioSplit}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the scenario's name in the file, e.g. {@code api_load}
 * @param users threads; at least 1 when the scenario takes part, 0 when it does not
 * @param targetRps requests per second once ramped up; 0 when the scenario does not take part
 */
public record ScenarioShare(String name, int users, double targetRps) {

  public ScenarioShare {
    Objects.requireNonNull(name, "name");
  }

  /** Whether the scenario runs in a mixed run: enabled in the file with a weight above 0. */
  public boolean takesPart() {
    return users > 0;
  }

  /** For the log, e.g. "api_load 4 users 22.22 rps", or "database off". */
  public String describe() {
    return takesPart() ? String.format(Locale.ROOT, "%s %d users %.2f rps", name, users, targetRps) : name + " off";
  }
}
