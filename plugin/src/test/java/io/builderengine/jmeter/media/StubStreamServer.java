package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A media-stream server for the faults the simulator has no switch for: on loopback, port chosen by
 * the system, it accepts every upgrade, hands each message's connection to {@code onMessage} (text
 * and binary alike) and never closes by itself (Java-WebSocket's server still answers a close frame).
 */
final class StubStreamServer extends WebSocketServer {

  private final CountDownLatch started = new CountDownLatch(1);
  private final Consumer<WebSocket> onMessage;

  private StubStreamServer(Consumer<WebSocket> onMessage) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.onMessage = onMessage;
    setReuseAddr(true);
  }

  /** A server started and listening, which calls {@code onMessage} with the connection of every message. */
  static StubStreamServer started(Consumer<WebSocket> onMessage) throws InterruptedException {
    StubStreamServer server = new StubStreamServer(onMessage);
    server.start();
    assertThat(server.started.await(5, TimeUnit.SECONDS)).as("stub server started").isTrue();
    return server;
  }

  /** Settings of a Media Stream to this server's {@code /media-stream}. */
  StreamSettings mediaStreamSettings() {
    URI uri = URI.create("ws://127.0.0.1:" + getPort() + "/media-stream");
    return StreamSettings.defaults(uri, StreamEndpoint.MEDIA_STREAM);
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
    onMessage.accept(connection);
  }

  @Override
  public void onMessage(WebSocket connection, ByteBuffer message) {
    onMessage.accept(connection);
  }

  @Override
  public void onClose(WebSocket connection, int code, String reason, boolean remote) {
  }

  @Override
  public void onError(WebSocket connection, Exception e) {
  }
}
