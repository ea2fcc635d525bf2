package io.builderengine.jmeter.config.model;

import java.util.Objects;

/**
 * One entry of the file's {@code scenarios}: a workload and its share of a mixed run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the workload, e.g. {@code api_load}; unique in the file
 * @param enabled whether a mixed run includes it
 * @param weight its share of a mixed run relative to the other enabled scenarios; 0 or more
 */
public record Scenario(String name, boolean enabled, int weight) {

  public Scenario {
    Objects.requireNonNull(name, "name");
  }
}
