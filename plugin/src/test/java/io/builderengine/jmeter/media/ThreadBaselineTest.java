package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sessions leave no thread behind, whichever way they end. */
class ThreadBaselineTest {

  private static final int SESSIONS = 20;

  @Test
  void twentySessionsEndingEveryWayLeaveTheThreadCountAtItsBaseline() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      String baseUrl = simulator.baseUrl();
      // Warm up first: the simulator's event loops start their threads on first use.
      for (int i = 0; i < 4; i++) {
        runToTheEnd(baseUrl);
      }
      int baseline = ThreadCounts.live();
      URI nobodyListens = unusedPort();

      for (int i = 0; i < SESSIONS; i++) {
        switch (i % 4) {
          case 0 -> runToTheEnd(baseUrl);
          case 1 -> {
            try (MediaStreamSession session = MediaStreamSession.open(
                StreamSettings.defaults(nobodyListens, StreamEndpoint.MEDIA_STREAM), tone())) {
              assertThat(session.stream(100).failure()).isEqualTo(StreamFailure.CONNECT_FAILED);
            }
          }
          case 2 -> {
            MediaStreamSession session = open(baseUrl);
            session.stream(60);
            session.interrupt();
            session.close();
          }
          default -> {
            simulator.setFaults(FaultSettings.none().withWsCloseAfterMillis(50));
            try (MediaStreamSession session = open(baseUrl)) {
              assertThat(session.stream(1_000).failure()).isEqualTo(StreamFailure.UNEXPECTED_CLOSE);
            } finally {
              simulator.setFaults(FaultSettings.none());
            }
          }
        }
        assertThat(ThreadCounts.clientThreads()).as("client threads after close() of session %d", i)
            .isEmpty();
      }

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (ThreadCounts.live() > baseline && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(ThreadCounts.live()).as("live threads 5 s after %d sessions, baseline %d",
          SESSIONS, baseline).isLessThanOrEqualTo(baseline);
    }
  }

  private static void runToTheEnd(String baseUrl) {
    try (MediaStreamSession session = open(baseUrl)) {
      assertThat(session.stream(100).successful()).isTrue();
      assertThat(session.finish().successful()).isTrue();
    }
  }

  private static MediaStreamSession open(String baseUrl) {
    return MediaStreamSession.open(StreamSettings.defaults(
        StreamEndpoint.MEDIA_STREAM.uriFor(baseUrl, null), StreamEndpoint.MEDIA_STREAM), tone());
  }

  private static URI unusedPort() throws Exception {
    try (ServerSocket probe = new ServerSocket(0)) {
      return URI.create("ws://127.0.0.1:" + probe.getLocalPort() + "/media-stream");
    }
  }

  private static AudioSource tone() {
    return AudioSources.tone(AudioEncoding.MULAW_8K, 440);
  }
}
