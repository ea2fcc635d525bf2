package io.builderengine.launcher.report;

/**
 * Reads a child's exit status as the JVM reports it for a process killed by a signal: 128 + the
 * signal's number (137 for SIGKILL, 143 for SIGTERM).
 */
final class KilledProcess {

  private static final int SIGNAL_BASE = 128;
  /** The highest signal number on Linux (SIGRTMAX). */
  private static final int HIGHEST_SIGNAL = 64;

  private KilledProcess() {
  }

  static boolean bySignal(int exitStatus) {
    return exitStatus > SIGNAL_BASE && exitStatus <= SIGNAL_BASE + HIGHEST_SIGNAL;
  }

  /** E.g. "signal 9 (SIGKILL)"; only the signals that end a run from outside are named. */
  static String signalName(int exitStatus) {
    int signal = exitStatus - SIGNAL_BASE;
    String name = switch (signal) {
      case 1 -> " (SIGHUP)";
      case 2 -> " (SIGINT)";
      case 6 -> " (SIGABRT)";
      case 9 -> " (SIGKILL)";
      case 15 -> " (SIGTERM)";
      default -> "";
    };
    return "signal " + signal + name;
  }
}
