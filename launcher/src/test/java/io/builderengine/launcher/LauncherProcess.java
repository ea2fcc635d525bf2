package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The launcher as a user runs it: {@code ci/be-loadtest} as a process of its own, output to files,
 * bounded in time. It is started with SIGINT at its default disposition (a CI shell may start jobs
 * with it ignored, which a JVM cannot undo), so that Ctrl-C can be tested.
 */
final class LauncherProcess {

  static final Path SUITE = Path.of(System.getProperty("suite.home", "..")).toAbsolutePath().normalize();
  static final long TIMEOUT_SECONDS = 150;

  /** How one launch ended. */
  record Result(int exitStatus, String stdout, String stderr) {
  }

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private LauncherProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code ci/be-loadtest arguments...} with its output in {@code folder}. */
  static LauncherProcess start(Path folder, String... arguments) throws IOException {
    Files.createDirectories(folder);
    List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", "bash",
        SUITE.resolve("ci/be-loadtest").toString()));
    command.addAll(List.of(arguments));
    Path out = folder.resolve("launcher-stdout.txt");
    Path err = folder.resolve("launcher-stderr.txt");
    Process process = new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new LauncherProcess(process, out, err);
  }

  /**
   * Starts the quick scenario for 120 s with its results in {@code output}, and returns once the users'
   * group has recorded a sample: a run under load, for a test to end from outside.
   */
  static LauncherProcess startQuickUnderLoad(Path folder, Path output) throws IOException, InterruptedException {
    LauncherProcess launcher = start(folder, "-t", "quick", "-d", "120", "--output", output.toString());
    launcher.awaitOutput("Builder Engine run:", 90);
    awaitLoadSamples(output.resolve("results.jtl"), 60);
    return launcher;
  }

  static Result run(Path folder, String... arguments) throws IOException, InterruptedException {
    return start(folder, arguments).await();
  }

  Result await() throws InterruptedException {
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("ci/be-loadtest did not end within " + TIMEOUT_SECONDS + " s; stdout: " + stdout());
    }
    return new Result(process.exitValue(), stdout(), read(stderr));
  }

  /** Sends SIGINT, as Ctrl-C in a terminal does, to the launcher alone. */
  void interrupt() throws IOException, InterruptedException {
    signal("INT", process.toHandle());
  }

  /** Sends {@code kill -<signal>} (e.g. TERM, KILL) to one process. */
  static void signal(String signal, ProcessHandle target) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(target.pid())).inheritIO().start();
    assertThat(kill.waitFor()).as("kill -%s exit status", signal).isZero();
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  /** The headless JMeter this launcher started (one scenario: one JMeter). */
  ProcessHandle jmeter() {
    List<ProcessHandle> found = process.descendants()
        .filter(child -> child.info().commandLine().orElse("").contains("ApacheJMeter")).toList();
    assertThat(found).as("JMeter processes under the launcher").hasSize(1);
    return found.get(0);
  }

  /** Waits until the users' group has recorded a sample in {@code results} (the setUp group's come first). */
  static void awaitLoadSamples(Path results, long timeoutSeconds) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000;
    while (System.currentTimeMillis() < deadline) {
      if (loadSamples(results) > 0) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no load sample within " + timeoutSeconds + " s");
  }

  /** The lines of a result file that are the users' group's samples, not the header nor setUp's. */
  static long loadSamples(Path results) throws IOException {
    if (!Files.isRegularFile(results)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(results)) {
      return lines.skip(1).filter(line -> !line.contains(",setup: ")).count();
    }
  }

  /** Waits until the launcher's console shows {@code text}. */
  void awaitOutput(String text, long timeoutSeconds) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000;
    while (!stdout().contains(text)) {
      if (!process.isAlive() || System.currentTimeMillis() > deadline) {
        throw new AssertionError("no '" + text + "' on the console; stdout: " + stdout() + "\nstderr: " + read(stderr));
      }
      Thread.sleep(100);
    }
  }

  String stdout() {
    return read(stdout);
  }

  /** The one time-stamped folder a launch wrote into {@code output}. */
  static Path runFolder(Path output) throws IOException {
    try (Stream<Path> folders = Files.list(output)) {
      List<Path> found = folders.filter(Files::isDirectory).toList();
      assertThat(found).as("run folders in %s", output).hasSize(1);
      return found.get(0);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
