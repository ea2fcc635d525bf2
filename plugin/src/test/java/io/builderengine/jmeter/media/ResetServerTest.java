package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server that resets the TCP connection (RST, no close frame) mid-stream, as a crashed or
 * restarted media server or a middlebox does: the stream fails at once as an unexpected close,
 * naming the frames sent, and leaves no thread behind.
 */
@Tag("faults")
class ResetServerTest {

  /** About 400 ms of 20 ms frames, then the reset. */
  private static final int MESSAGES_BEFORE_RESET = 20;

  private final AtomicInteger messages = new AtomicInteger();
  private StubStreamServer server;

  @BeforeEach
  void startServer() throws InterruptedException {
    server = StubStreamServer.started(connection -> {
      if (messages.incrementAndGet() == MESSAGES_BEFORE_RESET) {
        reset(connection);
      }
    });
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.stop(1_000);
  }

  @Test
  void aResetMidStreamFailsAtOnceAsAnUnexpectedClose() {
    StreamSettings settings = server.mediaStreamSettings();
    try (MediaStreamSession session = MediaStreamSession.open(settings, AudioSources.tone(AudioEncoding.MULAW_8K, 440))) {
      long startNanos = System.nanoTime();
      StreamReport report = session.stream(5_000);
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);

      assertThat(report.failure()).as(report.failureMessage()).isEqualTo(StreamFailure.UNEXPECTED_CLOSE);
      assertThat(report.failureMessage()).containsPattern("after \\d+ frames sent");
      assertThat(report.closeCode()).as("connection lost, no close frame").isEqualTo(1006);
      assertThat(report.framesSent()).as("frames before the reset").isBetween(15L, 100L);
      assertThat(elapsedMillis).as("failed at the reset, not at the end of the 5 s segment").isLessThan(3_000);
      assertThat(session.isOpen()).isFalse();
    }
    assertThat(ThreadCounts.clientThreads()).as("Java-WebSocket client threads left").isEmpty();
  }

  /** SO_LINGER 0 then close: the kernel sends RST instead of FIN, and no close frame goes out. */
  private static void reset(WebSocket connection) {
    try {
      SocketChannel channel = (SocketChannel) ((WebSocketImpl) connection).getChannel();
      channel.setOption(StandardSocketOptions.SO_LINGER, 0);
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
