package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.jmeter.install.PluginVersion;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMeter's own distributed mode on loopback: two jmeter-server processes run quick.jmx, the
 * controller's listener merges their samples into one summary whose counts equal both engines', and whose
 * percentiles are those of both engines' raw samples merged.
 */
class DistributedRunIT {

  @TempDir
  Path folder;

  @Test
  void oneSummaryCountsTheSamplesOfBothEngines() throws Exception {
    List<Process> servers = new ArrayList<>();
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      int[] ports = {freePort(), freePort()};
      for (int i = 0; i < ports.length; i++) {
        servers.add(HeadlessJMeter.startServer(ports[i], freePort(), folder.resolve("server-" + i)));
      }
      for (int port : ports) {
        awaitListening(port);
      }
      Map<String, String> load = Map.of("config", ShippedFiles.configFile(), "base_url", simulator.baseUrl(),
          "duration", "5");
      List<String> distributed = new ArrayList<>(List.of(
          "-R", "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1], "-X", "-Jserver.rmi.ssl.disable=true"));
      load.forEach((name, value) -> distributed.add("-G" + name + "=" + value));

      HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"),
          Map.of("config", ShippedFiles.configFile(), "output_dir", folder.resolve("summaries").toString()),
          Map.of(), folder.resolve("controller"), distributed);

      assertThat(run.exitStatus()).as("controller exit status; stdout: %s", run.stdoutText()).isZero();
      List<String> results = Files.readAllLines(run.results());
      long loadSamples = results.stream().skip(1).filter(line -> !line.contains(",setup: ")).count();
      JsonNode summary = RunFiles.summary(folder.resolve("summaries"));
      assertThat(summary.at("/statistics/overall/samples").asLong())
          .as("samples in the controller's summary vs the merged result file").isEqualTo(loadSamples);
      assertThat(summary.at("/run/engines")).as("the engines named in the summary")
          .extracting(JsonNode::asText).containsExactlyInAnyOrder("127.0.0.1:" + ports[0], "127.0.0.1:" + ports[1]);
      // Each engine runs quick.jmx at 10 requests/s for 5 s: one engine alone sends at most about 51, so
      // more than 60 needs both; fewer than 100 happens when a loaded machine starts an engine late.
      assertThat(loadSamples).as("both engines' samples").isBetween(61L, 110L);
      // Each sample's slot crossed from the engine's timer to the controller's listener in the event's
      // sample variables, and into the result file as a column.
      assertThat(results.get(0)).as("result file header").endsWith(",\"be_intended_start_ms\"");
      assertThat(summary.at("/statistics/overall/schedule/scheduledSamples").asLong())
          .as("samples the controller saw with a slot").isEqualTo(loadSamples);
      // The controller's percentiles are those of both engines' raw samples merged (nearest rank).
      long[] elapsedMs = results.stream().skip(1).filter(line -> !line.contains(",setup: "))
          .mapToLong(line -> Long.parseLong(line.split(",", 3)[1])).sorted().toArray();
      for (int percentile : new int[] {50, 95, 99}) {
        long exact = elapsedMs[(int) Math.ceil(percentile / 100.0 * elapsedMs.length) - 1];
        assertThat(summary.at("/statistics/overall/elapsedAll/p" + percentile + "Ms").asDouble())
            .as("p%d of the summary vs the merged raw results %s", percentile, Arrays.toString(elapsedMs))
            .isCloseTo(exact, offset(1.0));
      }
    } finally {
      for (Process server : servers) {
        server.destroy();
      }
    }
  }

  @Tag("faults")
  @Test
  void anEngineWithAnotherPluginVersionRefusesThePlanAndTheControllerStopsAndFailsTheRun() throws Exception {
    List<Process> servers = new ArrayList<>();
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      int[] ports = {freePort(), freePort()};
      Path otherVersionHome = OtherPluginVersion.home(HeadlessJMeter.jmeterHome(), folder.resolve("other-home"), "0.0.1-other");
      servers.add(HeadlessJMeter.startServer(ports[0], freePort(), folder.resolve("server-0")));
      servers.add(HeadlessJMeter.startServer(otherVersionHome, ports[1], freePort(), folder.resolve("server-1")));
      for (int port : ports) {
        awaitListening(port);
      }
      List<String> distributed = new ArrayList<>(List.of(
          "-R", "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1], "-X", "-Jserver.rmi.ssl.disable=true",
          "-Gconfig=" + ShippedFiles.configFile(), "-Gbase_url=" + simulator.baseUrl(), "-Gduration=60"));

      long started = System.nanoTime();
      HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"),
          Map.of("config", ShippedFiles.configFile(), "output_dir", folder.resolve("summaries").toString()),
          Map.of(), folder.resolve("controller"), distributed);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

      assertThat(run.exitStatus()).as("controller exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
      assertThat(run.stdoutText()).as("the controller's console").contains("Error in rconfigure()")
          .contains("Builder Engine verdict: FAIL").contains("never started");
      assertThat(Files.readString(folder.resolve("server-1/stderr.txt"))).as("the refusing engine's console")
          .contains("Builder Engine plugin 0.0.1-other on this jmeter-server engine refuses a plan from a controller"
              + " with plugin " + PLUGIN_VERSION);
      JsonNode summary = RunFiles.summary(folder.resolve("summaries"));
      assertThat(summary.at("/verdict/abortReason").asText())
          .startsWith("engine 127.0.0.1:" + ports[1] + " never started, so the run measured only 127.0.0.1:" + ports[0]);
      assertThat(summary.at("/verdict/outcome").asText()).isNotEqualTo("NO_DATA");
      // Planned for 60 s; stopped 5 s after the first engine started, as the other never did. JMeter alone
      // would run the 60 s and then end with 0, or wait for the refused engine for ever.
      assertThat(seconds).as("controller run time, s").isLessThan(35);
      long loadSamples = Files.readAllLines(run.results()).stream().skip(1).filter(line -> !line.contains(",setup: ")).count();
      // 60 s at the light profile's 10/s would be about 550; a busy machine may stop it before the first.
      assertThat(loadSamples).as("samples of the one engine that started, before it was stopped").isLessThan(200L);
    } finally {
      for (Process server : servers) {
        server.destroy();
      }
    }
  }

  /** The version in the plugin jar's manifest, as the build stamped it. */
  private static final String PLUGIN_VERSION = PluginVersion.current();

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitListening(int port) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("jmeter-server did not listen on " + port + " within 30 s");
  }
}
