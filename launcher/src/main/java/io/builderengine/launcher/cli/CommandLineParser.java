package io.builderengine.launcher.cli;

import io.builderengine.launcher.LaunchException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the old suite's command line: {@code --name value}, {@code --name=value}, {@code -n value},
 * flags, and {@code -Jname=value} for any other plan property (e.g. {@code -Jtalk_seconds=2}). Only
 * the form is checked here; a bad value is named later, by the config checks.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommandLineParser {

  private static final String SEE_HELP = " (see --help)";
  private static final String PROPERTY_PREFIX = "-J";
  private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
  /** Properties the launcher sets for each run: the run's folder and JMeter's stop port. */
  private static final Set<String> LAUNCHER_PROPERTIES =
      Set.of("output_dir", "be.summary_dir", "jmeterengine.nongui.port", "jmeterengine.nongui.maxport");

  private CommandLineParser() {
  }

  /** @throws LaunchException naming the word that is wrong and what to write instead */
  public static LauncherOptions parse(List<String> arguments) throws LaunchException {
    Map<LauncherOption, String> values = new EnumMap<>(LauncherOption.class);
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      String word = arguments.get(i);
      if (word.startsWith(PROPERTY_PREFIX)) {
        addProperty(word, properties);
        continue;
      }
      int equals = word.startsWith("--") ? word.indexOf('=') : -1;
      String name = equals < 0 ? word : word.substring(0, equals);
      Optional<LauncherOption> named = LauncherOption.named(name);
      if (named.isEmpty()) {
        throw new LaunchException(word.startsWith("-") ? "unknown option '" + name + "'" + SEE_HELP
            : "unexpected argument '" + word + "': options start with - or --" + SEE_HELP);
      }
      LauncherOption option = named.get();
      if (!option.takesValue()) {
        if (equals >= 0) {
          throw new LaunchException(option.longName() + " takes no value, got '" + word + "'");
        }
        values.put(option, "true");
        continue;
      }
      String value;
      if (equals >= 0) {
        value = word.substring(equals + 1);
      } else if (i + 1 < arguments.size()) {
        value = arguments.get(++i);
      } else {
        throw new LaunchException(name + " needs a value: " + usageOf(option));
      }
      if (value.isBlank()) {
        throw new LaunchException(name + " needs a value: " + usageOf(option));
      }
      values.put(option, value.strip());
    }
    return new LauncherOptions(values, properties);
  }

  private static void addProperty(String word, Map<String, String> properties) throws LaunchException {
    int equals = word.indexOf('=');
    String name = equals < 0 ? word.substring(PROPERTY_PREFIX.length()) : word.substring(PROPERTY_PREFIX.length(), equals);
    if (equals < 0 || !PROPERTY_NAME.matcher(name).matches()) {
      throw new LaunchException("'" + word + "': a plan property is -Jname=value, e.g. -Jtalk_seconds=2");
    }
    Optional<LauncherOption> option = LauncherOption.settingProperty(name);
    if (option.isPresent()) {
      throw new LaunchException("-J" + name + ": use " + usageOf(option.get()) + " instead");
    }
    if (LAUNCHER_PROPERTIES.contains(name)) {
      throw new LaunchException("-J" + name + ": the launcher sets this one for each run; see --output");
    }
    properties.put(name, word.substring(equals + 1));
  }

  private static String usageOf(LauncherOption option) {
    return option.longName() + " " + option.valueName();
  }
}
