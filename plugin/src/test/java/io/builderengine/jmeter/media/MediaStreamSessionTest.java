package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real streams against the simulator on a loopback port. */
class MediaStreamSessionTest {

  private static Simulator simulator;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @AfterEach
  void clearFaults() {
    simulator.setFaults(FaultSettings.none());
  }

  @Test
  void mediaStreamOfTwoSecondsHasEveryFrameEchoedAndEndsWithTheServersClose() {
    try (MediaStreamSession session = open(StreamEndpoint.MEDIA_STREAM, null)) {
      StreamReport streamed = session.stream(2_000);
      StreamReport finished = session.finish();

      assertThat(streamed.failureMessage()).isNull();
      assertThat(streamed.successful()).isTrue();
      assertThat(streamed.framesSent()).isEqualTo(100);
      assertThat(streamed.framesReceived()).as("echoes within the segment").isGreaterThanOrEqualTo(99);
      assertThat(streamed.framesReceived() + finished.framesReceived()).as("every frame echoed once")
          .isEqualTo(100);
      assertThat(streamed.messagesReceived()).as("echoes and a transcription per second")
          .isGreaterThanOrEqualTo(streamed.framesReceived() + 1);
      assertThat(streamed.connectMillis()).isBetween(0L, 5_000L);
      assertThat(streamed.firstMessageMillis()).isBetween(0L, 1_000L);
      // 100 media events of ~340 bytes each (216 of them base64), plus connected and start.
      assertThat(streamed.bytesSent()).isBetween(100 * 300L, 100 * 400L);
      assertThat(streamed.bytesReceived()).isGreaterThan(100 * 300L);
      assertThat(streamed.sendLagP99Millis()).as("p99 send lag, tolerance 20 ms for a busy 2-core CI")
          .isLessThan(20.0);
      assertThat(streamed.sendLagP50Millis()).isLessThanOrEqualTo(streamed.sendLagP99Millis());
      assertThat(streamed.sendLagMaxMillis()).isGreaterThanOrEqualTo(streamed.sendLagP99Millis());
      assertThat(streamed.lateFrames()).as("frames more than 20 ms late").isLessThanOrEqualTo(2);
      assertThat(streamed.jitterMillis()).isBetween(0.0, 10.0);
      assertThat(streamed.closeCode()).as("open after the segment").isEqualTo(-1);

      assertThat(finished.successful()).as(finished.failureMessage()).isTrue();
      assertThat(finished.framesSent()).isZero();
      assertThat(finished.connectMillis()).as("no new connection").isZero();
      assertThat(finished.messagesReceived()).as("final transcription and stopped")
          .isGreaterThanOrEqualTo(2);
      assertThat(finished.closeCode()).isEqualTo(1000);
      assertThat(finished.closeReason()).isEqualTo("Stream stopped");
      assertThat(finished.closedByServer()).isTrue();
      assertThat(session.isOpen()).isFalse();
    }
  }

  @Test
  void sdkStreamIsAnsweredWithATranscriptionPerSecond() throws Exception {
    String callId = SimulatorCalls.create(simulator.baseUrl());
    try (MediaStreamSession session = open(StreamEndpoint.SDK_STREAM, callId)) {
      StreamReport streamed = session.stream(2_000);
      StreamReport finished = session.finish();

      assertThat(streamed.successful()).as(streamed.failureMessage()).isTrue();
      assertThat(streamed.framesSent()).isEqualTo(100);
      assertThat(streamed.framesReceived() + finished.framesReceived())
          .as("two seconds of PCM16 give two partial transcriptions").isEqualTo(2);
      assertThat(streamed.messagesReceived()).as("subscribed, then transcriptions")
          .isGreaterThanOrEqualTo(2);
      assertThat(streamed.bytesSent()).as("100 x 640 bytes as base64").isGreaterThan(100 * 853L);
      assertThat(finished.successful()).as(finished.failureMessage()).isTrue();
      assertThat(finished.closeCode()).isEqualTo(1000);
      assertThat(finished.closedByServer()).as("the client closed").isFalse();
    }
  }

  @Test
  void controlSocketTimesEachPingToItsPong() {
    try (MediaStreamSession session = open(StreamEndpoint.CONTROL, null)) {
      StreamReport streamed = session.stream(1_000);
      StreamReport finished = session.finish();

      assertThat(streamed.successful()).as(streamed.failureMessage()).isTrue();
      assertThat(streamed.framesSent()).isEqualTo(50);
      assertThat(streamed.framesReceived() + finished.framesReceived()).isEqualTo(50);
      assertThat(streamed.pongs()).as("pong messages timed").isGreaterThanOrEqualTo(49);
      assertThat(streamed.pingRttAvgMillis()).isGreaterThan(0.0).isLessThan(100.0);
      assertThat(streamed.pingRttMaxMillis()).isGreaterThanOrEqualTo(streamed.pingRttAvgMillis());
      assertThat(finished.closeCode()).isEqualTo(1000);
      assertThat(finished.successful()).as(finished.failureMessage()).isTrue();
    }
  }

  @Test
  void webSocketPingsAreTimedWhileStreaming() {
    StreamSettings settings = settings(StreamEndpoint.MEDIA_STREAM, null).withPingIntervalMillis(100);
    try (MediaStreamSession session = MediaStreamSession.open(settings, tone())) {
      StreamReport streamed = session.stream(1_000);
      assertThat(streamed.successful()).as(streamed.failureMessage()).isTrue();
      assertThat(streamed.pongs()).as("a ping every 100 ms for 1 s").isBetween(8L, 10L);
      assertThat(streamed.pingRttMaxMillis()).isGreaterThan(0.0).isLessThan(100.0);
    }
  }

  @Test
  void oneConnectionStreamsSeveralSegments() {
    try (MediaStreamSession session = open(StreamEndpoint.MEDIA_STREAM, null)) {
      StreamReport first = session.stream(1_000);
      StreamReport second = session.stream(1_000);
      StreamReport finished = session.finish();

      assertThat(first.successful()).as(first.failureMessage()).isTrue();
      assertThat(second.successful()).as(second.failureMessage()).isTrue();
      assertThat(first.framesSent()).isEqualTo(50);
      assertThat(second.framesSent()).isEqualTo(50);
      assertThat(first.connectMillis()).isNotNegative();
      assertThat(second.connectMillis()).as("the connection was reused").isZero();
      assertThat(second.firstMessageMillis()).isBetween(0L, 1_000L);
      assertThat(first.framesReceived() + second.framesReceived() + finished.framesReceived())
          .isEqualTo(100);
      assertThat(finished.closeCode()).isEqualTo(1000);
      assertThat(finished.successful()).as(finished.failureMessage()).isTrue();
    }
  }

  @Test
  void serverClosingMidStreamIsAnUnexpectedCloseNamingCodeAndFrames() {
    simulator.setFaults(simulator.faults().withWsCloseAfterMillis(500));
    try (MediaStreamSession session = open(StreamEndpoint.MEDIA_STREAM, null)) {
      long startNanos = System.nanoTime();
      StreamReport streamed = session.stream(3_000);
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

      assertThat(streamed.failure()).isEqualTo(StreamFailure.UNEXPECTED_CLOSE);
      assertThat(streamed.failureMessage()).isEqualTo("closed by the server with 1011 (Injected"
          + " fault) after " + streamed.framesSent() + " frames sent");
      assertThat(streamed.framesSent()).as("about 500 ms of 20 ms frames").isBetween(15L, 35L);
      assertThat(elapsedMillis).as("stopped early").isLessThan(1_500);
      assertThat(streamed.closeCode()).isEqualTo(1011);
      assertThat(streamed.closedByServer()).isTrue();
      assertThat(session.isOpen()).isFalse();

      StreamReport finished = session.finish();
      assertThat(finished.failure()).isEqualTo(StreamFailure.UNEXPECTED_CLOSE);
      assertThat(finished.failureMessage()).startsWith("the stream already ended: closed by the"
          + " server with 1011");
    }
  }

  @Test
  void refusedUpgradeGivesTheHttpStatus() {
    simulator.setFaults(simulator.faults().withErrorRate(1.0).withErrorStatus(500)
        .withPathPrefix("/media-stream"));
    try (MediaStreamSession session = open(StreamEndpoint.MEDIA_STREAM, null)) {
      assertThat(session.isOpen()).isFalse();
      StreamReport report = session.stream(1_000);
      assertThat(report.failure()).isEqualTo(StreamFailure.HANDSHAKE_REFUSED);
      assertThat(report.failureMessage()).isEqualTo("upgrade refused with HTTP 500 by "
          + StreamEndpoint.MEDIA_STREAM.uriFor(simulator.baseUrl(), null));
      assertThat(report.connectMillis()).isEqualTo(-1);
      assertThat(report.framesSent()).isZero();
      assertThat(report.closeCode()).isEqualTo(-1);
    }
  }

  @Test
  void unknownCallIsAProtocolError() {
    try (MediaStreamSession session = open(StreamEndpoint.SDK_STREAM, "call_unknown")) {
      StreamReport report = session.stream(2_000);
      assertThat(report.failure()).isEqualTo(StreamFailure.PROTOCOL_ERROR);
      assertThat(report.failureMessage()).startsWith("closed by the server with 1008 (Unknown"
          + " call_id) after ");
    }
  }

  @Test
  void serverThatIsDownIsAConnectFailureNamingTheUri() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort(); // free once closed: nobody listens there
    }
    URI uri = URI.create("ws://127.0.0.1:" + port + "/media-stream");
    try (MediaStreamSession session = MediaStreamSession.open(
        StreamSettings.defaults(uri, StreamEndpoint.MEDIA_STREAM), tone())) {
      StreamReport report = session.stream(1_000);
      assertThat(report.failure()).isEqualTo(StreamFailure.CONNECT_FAILED);
      assertThat(report.failureMessage()).isEqualTo("Connection refused: " + uri);
      assertThat(report.connectMillis()).isEqualTo(-1);
      assertThat(session.finish().failureMessage()).startsWith("the stream already ended:");
    }
  }

  @Test
  void interruptFromAnotherThreadStopsTheStreamWithin200Ms() throws Exception {
    try (MediaStreamSession session = open(StreamEndpoint.MEDIA_STREAM, null)) {
      CompletableFuture<StreamReport> streaming =
          CompletableFuture.supplyAsync(() -> session.stream(10_000),
              task -> new Thread(task, "stream-owner").start());
      Thread.sleep(300);
      long interruptNanos = System.nanoTime();
      session.interrupt();
      StreamReport report = streaming.get(5, TimeUnit.SECONDS);
      long returnMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptNanos);

      assertThat(returnMillis).as("stream() returned after interrupt(), in ms").isLessThan(200);
      assertThat(report.failure()).isEqualTo(StreamFailure.INTERRUPTED);
      assertThat(report.failureMessage()).startsWith("interrupted after ");
      assertThat(report.framesSent()).isBetween(5L, 25L);
      assertThat(report.closedByServer()).isFalse();
      assertThat(session.isOpen()).isFalse();
    }
  }

  private static MediaStreamSession open(StreamEndpoint endpoint, String callId) {
    return MediaStreamSession.open(settings(endpoint, callId), tone());
  }

  static StreamSettings settings(StreamEndpoint endpoint, String callId) {
    return StreamSettings.defaults(endpoint.uriFor(simulator.baseUrl(), callId), endpoint)
        .withHandshakeHeaders(Map.of("X-API-Key", "test-key"));
  }

  private static AudioSource tone() {
    return AudioSources.tone(AudioEncoding.MULAW_8K, 440);
  }
}
