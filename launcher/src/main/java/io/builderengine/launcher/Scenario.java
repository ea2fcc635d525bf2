package io.builderengine.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A scenario of the old suite and the shipped plan that runs it. */
public enum Scenario {

  QUICK("quick.jmx"),
  API("api.jmx"),
  CALLS("calls.jmx"),
  WEBSOCKET("websocket.jmx"),
  CONCURRENT("concurrent.jmx"),
  DATABASE("database.jmx"),
  MIXED("mixed.jmx");

  private final String planFile;

  Scenario(String planFile) {
    this.planFile = planFile;
  }

  /** As the command line and the folders name it: {@code api}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The plan's file name in test-plans/. */
  public String planFile() {
    return planFile;
  }

  static Optional<Scenario> named(String label) {
    return Arrays.stream(values()).filter(scenario -> scenario.label().equals(label)).findFirst();
  }

  static String labels() {
    return Arrays.stream(values()).map(Scenario::label).collect(Collectors.joining(", "));
  }
}
