package io.builderengine.simulator.cli;

import io.builderengine.simulator.SimulatorConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the simulator's command line into a {@link SimulatorConfig}: {@code --flag value} or
 * {@code --flag=value}, flags as listed by {@link #help()}.
 */
public final class CommandLine {

  private static final List<String> HELP_FLAGS = List.of("--help", "-h");
  private static final int FLAG_COLUMN_WIDTH = 40;
  private static final int LINE_WIDTH = 100;

  private static final Map<String, CliOption> BY_FLAG = SimulatorOptions.all().stream()
      .collect(Collectors.toUnmodifiableMap(CliOption::flag, Function.identity()));

  /**
   * A parsed command line.
   *
   * @param config the configuration to run with
   * @param helpRequested whether to print help instead of running
   */
  public record Parsed(SimulatorConfig config, boolean helpRequested) {
  }

  private CommandLine() {
  }

  /**
   * @throws UsageException naming the flag at fault and what to do about it
   */
  public static Parsed parse(String... args) throws UsageException {
    SimulatorConfig config = SimulatorConfig.defaults();
    if (Arrays.stream(args).anyMatch(HELP_FLAGS::contains)) {
      return new Parsed(config, true);
    }
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      String value = null;
      int equals = flag.indexOf('=');
      if (flag.startsWith("--") && equals > 0) {
        value = flag.substring(equals + 1);
        flag = flag.substring(0, equals);
      }
      CliOption option = BY_FLAG.get(flag);
      if (option == null) {
        throw new UsageException(flag.startsWith("-")
            ? "unknown option " + flag
            : "unexpected argument '" + flag + "': every option is a --flag, e.g. --port 8000");
      }
      if (value == null && option.placeholder().isEmpty()) {
        value = "true";
      }
      if (value == null) {
        if (i + 1 == args.length) {
          throw new UsageException(flag + " needs a value, e.g. " + flag + " "
              + option.shownDefault().apply(SimulatorConfig.defaults()));
        }
        value = args[++i];
      }
      try {
        config = option.apply().apply(config, value);
      } catch (IllegalArgumentException e) {
        throw new UsageException("invalid value for " + flag + ": " + e.getMessage());
      }
    }
    try {
      return new Parsed(config.validate(), false);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Every option with its default. */
  public static String help() {
    SimulatorConfig defaults = SimulatorConfig.defaults();
    StringBuilder help = new StringBuilder()
        .append("Usage: java -jar builder-engine-simulator.jar [options]\n\n")
        .append("A reference Builder Engine platform for load tests: the REST API, the /ws\n")
        .append("control socket, Twilio media streams (/media-stream) and the SDK stream\n")
        .append("(/ws/v1/stream) on one port, with fault injection.\n\n")
        .append("Options:\n");
    SimulatorOptions.GENERAL.forEach(option -> appendOption(help, option, defaults));
    help.append(String.format("  %-" + (FLAG_COLUMN_WIDTH - 2) + "s%s%n", "-h, --help",
        "print this help and exit"));
    help.append("\nFault injection (also at run time: GET, PUT and DELETE /admin/faults;\n")
        .append("reset, stall and error rates are shares of one draw and add up to at most 1):\n");
    SimulatorOptions.FAULTS.forEach(option -> appendOption(help, option, defaults));
    return help.toString();
  }

  private static void appendOption(StringBuilder help, CliOption option,
      SimulatorConfig defaults) {
    List<String> words = new ArrayList<>(List.of(option.description().split(" ")));
    words.add("(default: " + option.shownDefault().apply(defaults) + ")"); // kept on one line
    help.append(String.format("  %-" + (FLAG_COLUMN_WIDTH - 2) + "s",
        (option.flag() + " " + option.placeholder()).strip()));
    int column = FLAG_COLUMN_WIDTH;
    for (String word : words) {
      if (column > FLAG_COLUMN_WIDTH && column + 1 + word.length() > LINE_WIDTH) {
        help.append('\n').append(" ".repeat(FLAG_COLUMN_WIDTH));
        column = FLAG_COLUMN_WIDTH;
      }
      if (column > FLAG_COLUMN_WIDTH) {
        help.append(' ');
        column++;
      }
      help.append(word);
      column += word.length();
    }
    help.append('\n');
  }
}
