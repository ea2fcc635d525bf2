package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server that accepts the upgrade and then never says a word nor closes (it only answers a close
 * frame, which Java-WebSocket's server does by itself): what the simulator has no fault for yet.
 * The stream must fail on its own clocks.
 */
@Tag("faults")
class SilentServerTest {

  private StubStreamServer server;

  @BeforeEach
  void startServer() throws InterruptedException {
    server = StubStreamServer.started(connection -> { }); // reads and ignores every message
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.stop(1_000);
  }

  @Test
  void noDataForTheReadTimeoutIsAStall() {
    StreamSettings settings = settings().withReadTimeoutMillis(500);
    try (MediaStreamSession session = MediaStreamSession.open(settings, tone())) {
      long startNanos = System.nanoTime();
      StreamReport report = session.stream(5_000);
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

      assertThat(report.failure()).isEqualTo(StreamFailure.STALL);
      assertThat(report.failureMessage())
          .isEqualTo("no data for 500 ms after " + report.framesSent() + " frames sent");
      assertThat(report.framesSent()).as("about 500 ms of frames").isBetween(20L, 30L);
      assertThat(elapsedMillis).as("failed at the read timeout, in ms").isBetween(480L, 1_000L);
      assertThat(report.firstMessageMillis()).isEqualTo(-1);
      assertThat(report.closedByServer()).isFalse();
      assertThat(session.isOpen()).isFalse();
    }
  }

  @Test
  void noCloseAfterStopIsACloseTimeout() {
    StreamSettings settings = settings().withCloseTimeoutMillis(300);
    try (MediaStreamSession session = MediaStreamSession.open(settings, tone())) {
      long startNanos = System.nanoTime();
      StreamReport report = session.finish();
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

      assertThat(report.failure()).isEqualTo(StreamFailure.CLOSE_TIMEOUT);
      assertThat(report.failureMessage())
          .isEqualTo("no close from the server within 300 ms of the stop message after 0 frames sent");
      assertThat(elapsedMillis).isBetween(290L, 1_000L);
      assertThat(report.bytesSent()).as("connected, start and stop").isGreaterThan(300);
    }
  }

  @Test
  void closeReturnsOnlyOnceTheConnectionsThreadsHaveEnded() {
    MediaStreamSession session = MediaStreamSession.open(settings(), tone());
    assertThat(session.isOpen()).isTrue();
    long startNanos = System.nanoTime();
    session.close();
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

    assertThat(ThreadCounts.clientThreads()).as("Java-WebSocket client threads left").isEmpty();
    assertThat(elapsedMillis).as("close() in ms").isLessThan(2_100);
    assertThat(session.isOpen()).isFalse();
  }

  private StreamSettings settings() {
    return server.mediaStreamSettings();
  }

  private static AudioSource tone() {
    return AudioSources.tone(AudioEncoding.MULAW_8K, 440);
  }
}
