package io.builderengine.jmeter.plans;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A virtual X display from Debian's {@code xvfb} package, on a display number it picks itself
 * ({@code -displayfd}, so that two runs never race for one), listening on its local socket only.
 * Closing it kills it.
 */
final class XvfbDisplay implements AutoCloseable {

  private static final long START_TIMEOUT_SECONDS = 20;
  /** Room for JMeter's main window (1400 x 860) with its dialogs. */
  private static final String SCREEN = "1600x1000x24";

  private final Process xvfb;
  private final String display;

  private XvfbDisplay(Process xvfb, String display) {
    this.xvfb = xvfb;
    this.display = display;
  }

  /** @throws AssertionError when Xvfb is not installed: the GUI test fails rather than skips, CI installs it */
  static XvfbDisplay start(Path folder) throws IOException, InterruptedException {
    Path executable = onPath("Xvfb");
    Files.createDirectories(folder);
    Path displayNumber = folder.resolve("xvfb-display.txt");
    Path log = folder.resolve("xvfb.log");
    // -displayfd 1: Xvfb writes the display number it took to its standard output once it is ready.
    Process xvfb = new ProcessBuilder(List.of(executable.toString(), "-displayfd", "1", "-screen", "0", SCREEN,
        "-nolisten", "tcp"))
        .redirectOutput(displayNumber.toFile())
        .redirectError(log.toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      String number = Files.readString(displayNumber).strip();
      if (!number.isEmpty()) {
        return new XvfbDisplay(xvfb, ":" + number);
      }
      if (!xvfb.isAlive()) {
        break;
      }
      Thread.sleep(50);
    }
    xvfb.destroyForcibly();
    throw new AssertionError("Xvfb did not start within " + START_TIMEOUT_SECONDS + " s: " + Files.readString(log));
  }

  /** The value for DISPLAY, e.g. ":1". */
  String display() {
    return display;
  }

  @Override
  public void close() throws InterruptedException {
    xvfb.destroy();
    if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
      xvfb.destroyForcibly();
    }
  }

  private static Path onPath(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(name + " is not on the PATH, and the JMeter GUI test needs it: install Debian's"
        + " xvfb package with `apt-get install xvfb` (ci/test does so)");
  }
}
