package io.builderengine.launcher;

import io.builderengine.launcher.process.LineSink;
import java.io.PrintStream;

/**
 * The launcher's console: progress (JMeter's own lines, the launcher's steps) unless --quiet, and the
 * verdicts always. Thread-safe: parallel scenarios print through it line by line.
 */
final class Console {

  private final PrintStream out;
  private final boolean quiet;

  Console(PrintStream out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  synchronized void progress(String line) {
    if (!quiet) {
      out.println(line);
    }
  }

  synchronized void always(String line) {
    out.println(line);
  }

  /** A child's lines as progress, each behind {@code prefix} (the scenario, when several run). */
  LineSink progressOf(String prefix) {
    return line -> progress(prefix + line);
  }

  PrintStream stream() {
    return out;
  }
}
