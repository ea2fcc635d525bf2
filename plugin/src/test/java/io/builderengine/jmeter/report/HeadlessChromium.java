package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code chromium} headless on a local file, for the tests that check a report in a
 * real browser. Every run has its own profile directory and is killed after {@link #TIMEOUT_SECONDS}.
 *
 * <p>Not thread-safe: one instance per test.
 */
final class HeadlessChromium {

  static final long TIMEOUT_SECONDS = 60;

  private final Path executable;
  private final Path workDirectory;

  /** @throws AssertionError when chromium is not on the PATH: these tests fail rather than skip, CI installs it */
  HeadlessChromium(Path workDirectory) {
    this.executable = onPath("chromium");
    this.workDirectory = workDirectory;
  }

  String version() throws IOException, InterruptedException {
    return run(List.of("--version")).strip();
  }

  /** @return the DOM after Chromium parsed the page, serialized */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toUri().toString()));
  }

  private String run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(workDirectory, "chromium-profile")));
    command.addAll(arguments);
    // Output to files, not pipes: a full pipe buffer would block Chromium until the timeout.
    Path stdout = Files.createTempFile(workDirectory, "chromium", ".out");
    Path stderr = Files.createTempFile(workDirectory, "chromium", ".err");
    Process chromium = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
        .start();
    try {
      boolean exited = chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(exited).as("chromium exited within %d s; stderr: %s", TIMEOUT_SECONDS, Files.readString(stderr))
          .isTrue();
      assertThat(chromium.exitValue()).as("chromium exit code; stderr: %s", Files.readString(stderr)).isZero();
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      // Kills the renderer and GPU helpers too, which outlive the browser process when it is killed alone.
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
    }
  }

  private static Path onPath(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(name + " is not on the PATH, and the browser tests of the HTML reports need it:"
        + " install it with `apt-get install chromium` (.ci/run does so in CI)");
  }
}
