package io.builderengine.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.support.Await;
import io.builderengine.simulator.support.TestHttp;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, errors, the port file, the lifetime limit and SIGTERM. */
class SimulatorMainIT {

  private static final Duration START_WAIT = Duration.ofSeconds(15);

  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void helpPrintsTheOptionsAndExitsZero() {
    assertThat(run("--help")).isZero();

    assertThat(text(out)).startsWith("Usage: java -jar builder-engine-simulator.jar")
        .contains("--max-lifetime-seconds N", "--error-rate RATE");
  }

  @Test
  void badFlagPrintsOneClearMessageAndExitsTwo() {
    assertThat(run("--latency-ms", "-5")).isEqualTo(2);

    assertThat(text(err)).startsWith("error: invalid value for --latency-ms: must be a whole "
        + "number from 0 to 600000, got '-5'").contains("Run with --help");
    assertThat(text(out)).isEmpty();
  }

  @Test
  void portInUseExitsOneSayingWhatToDo() {
    try (Simulator busy = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      assertThat(run("--port", Integer.toString(busy.port()))).isEqualTo(1);

      assertThat(text(err)).startsWith("error: cannot listen on 127.0.0.1:" + busy.port())
          .contains("choose another --port");
    }
  }

  @Test
  void portFileIsWrittenAndTheLifetimeLimitStopsTheSimulator() throws Exception {
    Path portFile = temp.resolve("simulator.port");
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run("--port", "0",
        "--port-file", portFile.toString(), "--max-lifetime-seconds", "2", "--io-threads", "1"));

    int port = awaitPort(portFile);
    TestHttp http = new TestHttp("http://127.0.0.1:" + port);
    assertThat(http.send(http.request("/health")).statusCode()).isEqualTo(200);
    assertThat(exit.get(10, TimeUnit.SECONDS)).as("exit code after the lifetime").isZero();
    assertThat(text(out)).isEqualTo("Builder Engine simulator listening on http://127.0.0.1:"
        + port + " (ws://127.0.0.1:" + port + "/ws, /media-stream, /ws/v1/stream)\n");
    assertThat(portFile).as("the port file is removed on stop").doesNotExist();
  }

  @Test
  void theShadedJarStopsCleanlyOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("simulator.jar", "target/builder-engine-simulator.jar"));
    assertThat(jar).as("the shaded jar, built by package before integration tests").exists();
    Path portFile = temp.resolve("jar.port");
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "--port", "0", "--port-file", portFile.toString(),
        "--max-lifetime-seconds", "60"))
        .redirectErrorStream(true).start();
    try {
      int port = awaitPort(portFile);
      String firstLine = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8)).readLine();
      assertThat(firstLine).isEqualTo("Builder Engine simulator listening on http://127.0.0.1:"
          + port + " (ws://127.0.0.1:" + port + "/ws, /media-stream, /ws/v1/stream)");

      process.destroy(); // SIGTERM

      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped within 10 s").isTrue();
      assertThat(process.exitValue()).as("exit code after SIGTERM").isEqualTo(143);
      assertThat(portFile).doesNotExist();
    } finally {
      process.destroyForcibly();
    }
  }

  private int run(String... args) {
    return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static int awaitPort(Path portFile) {
    String text = Await.until(START_WAIT, () -> read(portFile), content -> !content.isEmpty(),
        "port file " + portFile);
    return Integer.parseInt(text.trim());
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
