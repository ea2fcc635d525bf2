package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a run: the launcher stops JMeter gracefully, JMeter still writes its results, the
 * listener its summaries and JMeter its dashboard, the simulator is stopped, and the launcher exits 130.
 */
@Tag("faults")
class LauncherInterruptIT {

  @TempDir
  Path folder;

  @Test
  void sigintStopsTheRunGracefullyWritesTheReportsAndExits130() throws Exception {
    Path run = folder.resolve("results");
    LauncherProcess launcher = LauncherProcess.startQuickUnderLoad(folder, run);
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
    assertThat(LauncherProcess.loadSamples(run.resolve("results.jtl"))).as("samples before the stop").isPositive();
    String simulator = new ObjectMapper().readTree(run.resolve("resolved-config.json").toFile()).at("/run/baseUrl").asText();
    assertThatThrownBy(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
        .send(HttpRequest.newBuilder(URI.create(simulator + "/health")).build(), HttpResponse.BodyHandlers.discarding()))
        .as("the simulator at %s is stopped", simulator).isInstanceOf(IOException.class);
  }
}
