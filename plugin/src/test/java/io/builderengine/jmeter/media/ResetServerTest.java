package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
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

  private ResettingServer server;

  @BeforeEach
  void startServer() throws InterruptedException {
    server = new ResettingServer();
    server.start();
    assertThat(server.started.await(5, TimeUnit.SECONDS)).as("stub server started").isTrue();
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    server.stop(1_000);
  }

  @Test
  void aResetMidStreamFailsAtOnceAsAnUnexpectedClose() {
    URI uri = URI.create("ws://127.0.0.1:" + server.getPort() + "/media-stream");
    StreamSettings settings = StreamSettings.defaults(uri, StreamEndpoint.MEDIA_STREAM);
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

  /** Accepts the upgrade, counts the messages, and after {@link #MESSAGES_BEFORE_RESET} resets the connection. */
  private static final class ResettingServer extends WebSocketServer {

    final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger messages = new AtomicInteger();

    ResettingServer() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setReuseAddr(true);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      if (messages.incrementAndGet() == MESSAGES_BEFORE_RESET) {
        reset(connection);
      }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
      onMessage(connection, "");
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

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
    }
  }
}
