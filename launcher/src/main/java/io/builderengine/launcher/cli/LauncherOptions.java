package io.builderengine.launcher.cli;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line asked for, as typed: values are checked later, by the rules the plugin's
 * config element applies, so the launcher and the plan can never disagree. Immutable.
 *
 * @param values each option given, with its value ({@code "true"} for a flag); the last one wins
 * @param jmeterProperties {@code -Jname=value} pass-through properties for the plans, in order
 */
public record LauncherOptions(Map<LauncherOption, String> values, Map<String, String> jmeterProperties) {

  public LauncherOptions {
    values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    jmeterProperties = Collections.unmodifiableMap(new LinkedHashMap<>(jmeterProperties));
  }

  public Optional<String> value(LauncherOption option) {
    return Optional.ofNullable(values.get(option));
  }

  public boolean has(LauncherOption option) {
    return values.containsKey(option);
  }
}
