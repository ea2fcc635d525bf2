package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a run: the launcher stops JMeter gracefully, JMeter still writes its results, the
 * listener its summaries and JMeter its dashboard, the simulator is stopped, and the launcher exits 130.
 */
class LauncherInterruptIT {

  @TempDir
  Path folder;

  @Test
  void sigintStopsTheRunGracefullyWritesTheReportsAndExits130() throws Exception {
    Path run = folder.resolve("results");
    LauncherProcess launcher = LauncherProcess.start(folder, "-t", "quick", "-d", "120", "--output", run.toString());
    launcher.awaitOutput("Builder Engine run:", 90);
    awaitLoadSamples(run.resolve("results.jtl"), 60);
    long interruptedAt = System.currentTimeMillis();

    launcher.interrupt();
    LauncherProcess.Result launch = launcher.await();

    assertThat(launch.exitStatus()).as("exit status; stdout: %s", launch.stdout()).isEqualTo(130);
    assertThat(System.currentTimeMillis() - interruptedAt).as("ms from Ctrl-C to the exit").isLessThan(60_000);
    assertThat(launch.stdout()).contains("Test interrupted by user").contains("Command: Shutdown received")
        .contains("Overall Status: INTERRUPTED").contains("Reports saved to:");
    for (String file : List.of("summary.json", "summary.md", "summary.html", "junit.xml", "dashboard/index.html",
        "jmeter.log")) {
      assertThat(run.resolve(file)).as(file).isNotEmptyFile();
    }
    assertThat(loadSamples(run.resolve("results.jtl"))).as("samples before the stop").isPositive();
    String simulator = new ObjectMapper().readTree(run.resolve("resolved-config.json").toFile()).at("/run/baseUrl").asText();
    assertThatThrownBy(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
        .send(HttpRequest.newBuilder(URI.create(simulator + "/health")).build(), HttpResponse.BodyHandlers.discarding()))
        .as("the simulator at %s is stopped", simulator).isInstanceOf(IOException.class);
  }

  /** Waits until the users' group has recorded a sample (the setUp group's come first). */
  private static void awaitLoadSamples(Path results, long timeoutSeconds) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000;
    while (System.currentTimeMillis() < deadline) {
      if (loadSamples(results) > 0) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no load sample within " + timeoutSeconds + " s");
  }

  private static long loadSamples(Path results) throws IOException {
    if (!Files.isRegularFile(results)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(results)) {
      return lines.skip(1).filter(line -> !line.contains(",setup: ")).count();
    }
  }
}
