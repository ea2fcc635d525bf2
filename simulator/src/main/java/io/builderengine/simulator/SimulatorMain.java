package io.builderengine.simulator;

import io.builderengine.simulator.cli.CommandLine;
import io.builderengine.simulator.cli.UsageException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code java -jar builder-engine-simulator.jar [options]}: runs the simulator until SIGTERM,
 * Ctrl-C or {@code --max-lifetime-seconds}. Exit codes: 0 after a clean stop or help, 1 when it
 * cannot start (e.g. port in use), 2 for a bad command line.
 */
public final class SimulatorMain {

  static final int EXIT_CANNOT_START = 1;
  static final int EXIT_USAGE = 2;

  private SimulatorMain() {
  }

  public static void main(String[] args) {
    int exitCode = run(args, System.out, System.err);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** Runs to the end; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine.Parsed parsed;
    try {
      parsed = CommandLine.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help to list every option and its default.");
      return EXIT_USAGE;
    }
    if (parsed.helpRequested()) {
      out.print(CommandLine.help());
      return 0;
    }
    Simulator simulator;
    try {
      simulator = Simulator.start(parsed.config());
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return EXIT_CANNOT_START;
    }
    Thread stopOnSignal = new Thread(simulator::close, "simulator-shutdown");
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
    String base = simulator.baseUrl();
    out.println("Builder Engine simulator listening on " + base + " ("
        + base.replaceFirst("^http", "ws") + "/ws, /media-stream, /ws/v1/stream)");
    out.flush();
    simulator.awaitTermination();
    removeHook(stopOnSignal);
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down (SIGTERM): the hook is running or has run.
    }
  }
}
