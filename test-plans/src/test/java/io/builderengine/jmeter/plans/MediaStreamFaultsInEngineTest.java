package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jmeter.engine.StandardJMeterEngine;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * websocket.jmx's media streams on JMeter's real engine against faults the simulator injects: each
 * fault is a failed sample whose message names the cause, and the test leaves no thread behind.
 */
@Tag("faults")
class MediaStreamFaultsInEngineTest {

  private static Simulator simulator;
  private int threadsBefore;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0));
    run(simulator.baseUrl(), "1"); // JMeter's one-time threads start here, not in a measured run
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @AfterEach
  void noThreadLeftBehind() throws InterruptedException {
    simulator.setFaults(FaultSettings.none());
    List<String> live = LiveThreads.awaitAtMost(threadsBefore, 5);
    assertThat(live).as("live threads 5 s after the test's end, %d before it", threadsBefore)
        .hasSizeLessThanOrEqualTo(threadsBefore);
  }

  @Test
  void aCleanStreamSucceedsWithItsFigures() {
    List<SampleResult> samples = runMeasured(simulator.baseUrl(), "2");

    assertThat(samples).isNotEmpty().allSatisfy(sample -> {
      assertThat(sample.isSuccessful()).as(sample.getResponseMessage()).isTrue();
      assertThat(sample.getResponseCode()).isEqualTo("1000");
      assertThat(sample.getConnectTime()).isPositive();
      assertThat(sample.getResponseDataAsString()).contains("\"frames_sent\":100", "\"frames_received\":100");
    });
  }

  @Test
  void closeCode1011MidStreamFailsNamingTheCodeAndTheFramesSent() {
    simulator.setFaults(FaultSettings.none().withWsCloseAfterMillis(700));

    List<SampleResult> samples = runMeasured(simulator.baseUrl(), "2");

    assertThat(samples).isNotEmpty().allSatisfy(sample -> {
      assertThat(sample.isSuccessful()).isFalse();
      assertThat(sample.getResponseCode()).isEqualTo("1011");
      assertThat(sample.getResponseMessage()).contains("1011").containsPattern("after \\d+ frames");
    });
  }

  @Test
  void aStallFailsAfterTheReadTimeout() {
    simulator.setFaults(FaultSettings.none().withWsStallAfterMillis(700).withStallMaxMillis(10_000));

    List<SampleResult> samples = runMeasured(simulator.baseUrl(), "2");

    assertThat(samples).isNotEmpty().allSatisfy(sample -> {
      assertThat(sample.isSuccessful()).isFalse();
      assertThat(sample.getResponseMessage()).contains("no data for 500 ms");
      assertThat(sample.getTime()).as("ends at the read timeout, not at the stall's end").isLessThan(3_000);
    });
  }

  @Test
  void aRefusedUpgradeFailsWithItsHttpStatus() {
    simulator.setFaults(FaultSettings.none().withErrorRate(1.0).withErrorStatus(503).withPathPrefix("/media-stream"));

    List<SampleResult> samples = runMeasured(simulator.baseUrl(), "2");

    assertThat(samples).isNotEmpty().allSatisfy(sample -> {
      assertThat(sample.isSuccessful()).isFalse();
      assertThat(sample.getResponseMessage()).contains("503");
    });
  }

  @Test
  void aServerThatIsDownFailsNamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    List<SampleResult> samples = runMeasured("http://127.0.0.1:" + closedPort, "1");

    assertThat(samples).isNotEmpty().allSatisfy(sample -> {
      assertThat(sample.isSuccessful()).isFalse();
      assertThat(sample.getResponseMessage()).contains("127.0.0.1:" + closedPort).containsIgnoringCase("refused");
    });
  }

  @Test
  void stoppingTheTestEndsStreamsAtOnce() {
    threadsBefore = LiveThreads.names().size();
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(1_500);
      } catch (InterruptedException e) {
        return;
      }
      StandardJMeterEngine.stopEngineNow(); // JMeter's Stop: Interruptible samplers are interrupted
    });

    stopper.start();
    long started = System.nanoTime();
    List<SampleResult> samples = run(simulator.baseUrl(), "30", "30");
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(elapsedMillis).as("30 s streams stopped 1.5 s in").isLessThan(5_000);
    assertThat(samples).isNotEmpty().allSatisfy(sample -> {
      assertThat(sample.isSuccessful()).isFalse();
      assertThat(sample.getResponseCode()).as("closed as going away").isEqualTo("1001");
      assertThat(sample.getResponseMessage()).containsIgnoringCase("interrupt");
    });
  }

  private List<SampleResult> runMeasured(String baseUrl, String durationSeconds) {
    threadsBefore = LiveThreads.names().size();
    return run(baseUrl, durationSeconds);
  }

  /** Only the media streams of websocket.jmx: 2 threads, 2 s streams. */
  private static List<SampleResult> run(String baseUrl, String durationSeconds) {
    return run(baseUrl, durationSeconds, "2");
  }

  private static List<SampleResult> run(String baseUrl, String durationSeconds, String streamSeconds) {
    Map<String, String> properties = new HashMap<>();
    properties.put("config", ShippedFiles.configFile());
    properties.put("base_url", baseUrl);
    properties.put("users", "2");
    properties.put("duration", durationSeconds);
    properties.put("ramp_up", "0");
    properties.put("ramp_down", "0");
    properties.put("ws_connect_users", "0");
    properties.put("ws_stability_users", "0");
    properties.put("stream_seconds", streamSeconds);
    properties.put("read_timeout_ms", "500");
    return EmbeddedJMeter.run(ShippedFiles.plan("websocket.jmx"), properties).stream()
        .filter(sample -> sample.getSampleLabel().equals("Media stream"))
        .toList();
  }
}
