package io.builderengine.launcher.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bundled simulator as the run's target: a child process on a free loopback port, in a session
 * of its own (so a Ctrl-C stops it after JMeter, not before), ready once it answers /health, stopped
 * by {@link #close()}. It also stops itself after a lifetime, should the launcher die without a word.
 */
public final class SimulatorProcess implements AutoCloseable {

  private static final long READY_TIMEOUT_MILLIS = 60_000;
  private static final long POLL_MILLIS = 100;
  private static final long STOP_TIMEOUT_SECONDS = 10;

  private final Process process;
  private final String baseUrl;

  private SimulatorProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts the simulator and waits until it answers.
   *
   * @param folder where its port file and simulator.log go
   * @param maxLifetimeSeconds when it stops itself whatever happens
   * @throws IOException when it cannot start or does not answer within a minute (named in the message)
   */
  public static SimulatorProcess start(Path jar, Path folder, long maxLifetimeSeconds, ProcessTracker tracker)
      throws IOException, InterruptedException {
    Path portFile = folder.resolve("simulator.port");
    Path log = folder.resolve("simulator.log");
    Process process = new ProcessBuilder(DetachedCommand.of(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "--host", "127.0.0.1", "--port", "0", "--port-file", portFile.toString(),
        "--max-lifetime-seconds", Long.toString(maxLifetimeSeconds))))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    tracker.track(process);
    SimulatorProcess simulator = null;
    try {
      int port = awaitPort(process, portFile, log);
      simulator = new SimulatorProcess(process, "http://127.0.0.1:" + port);
      awaitHealthy(process, simulator.baseUrl, log);
      return simulator;
    } finally {
      if (simulator == null || !process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Stops it as Ctrl-C would (SIGTERM: a clean stop), then for good when it does not end in time. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int awaitPort(Process process, Path portFile, Path log) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the simulator exited with status " + process.exitValue() + " before listening; see " + log);
      }
      if (Files.isRegularFile(portFile)) {
        String text = Files.readString(portFile, StandardCharsets.US_ASCII).strip();
        if (!text.isEmpty()) {
          return Integer.parseInt(text);
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new IOException("the simulator did not listen within " + READY_TIMEOUT_MILLIS / 1000 + " s; see " + log);
  }

  private static void awaitHealthy(Process process, String baseUrl, Path log) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/health")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline && process.isAlive()) {
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not answering yet
      }
      Thread.sleep(POLL_MILLIS);
    }
    throw new IOException("the simulator at " + baseUrl + " did not answer /health; see " + log);
  }
}
