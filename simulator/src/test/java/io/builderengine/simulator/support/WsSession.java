package io.builderengine.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JDK WebSocket client that records what the server sends: text messages in order, and the close
 * frame. Every wait is bounded.
 */
public final class WsSession implements AutoCloseable {

  public static final Duration WAIT = Duration.ofSeconds(5);

  /** The server's close frame. */
  public record Close(int code, String reason) {
  }

  private final WebSocket socket;
  private final Recorder recorder;

  private WsSession(WebSocket socket, Recorder recorder) {
    this.socket = socket;
    this.recorder = recorder;
  }

  /** Opens a socket; fails the test if the handshake fails. */
  public static WsSession open(String url, Map<String, String> headers) {
    return connect(url, headers).join();
  }

  /** Opens a socket, leaving handshake failures to the caller. */
  public static CompletableFuture<WsSession> connect(String url, Map<String, String> headers) {
    Recorder recorder = new Recorder();
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(TestHttp.CONNECT_TIMEOUT);
    headers.forEach(builder::header);
    return builder.buildAsync(URI.create(url), recorder)
        .thenApply(socket -> new WsSession(socket, recorder))
        .orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  public void send(String text) {
    socket.sendText(text, true).orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  public void sendBinary(byte[] data) {
    socket.sendBinary(ByteBuffer.wrap(data), true)
        .orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  /** The next message, as JSON. */
  public JsonNode next() {
    try {
      String text = recorder.messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(text).as("a message within %s", WAIT).isNotNull();
      return TestHttp.json(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Skips messages until one matches; fails after {@link #WAIT} per message. */
  public JsonNode nextMatching(Predicate<JsonNode> wanted) {
    for (int skipped = 0; skipped < 10_000; skipped++) {
      JsonNode message = next();
      if (wanted.test(message)) {
        return message;
      }
    }
    throw new AssertionError("no matching message among 10000");
  }

  /** Messages received so far and not yet taken. */
  public List<String> drain() {
    List<String> drained = new ArrayList<>();
    recorder.messages.drainTo(drained);
    return drained;
  }

  /** Waits for the server's close frame. */
  public Close awaitClose() {
    return recorder.closed.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  @Override
  public void close() {
    socket.abort();
  }

  private static final class Recorder implements WebSocket.Listener {
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(new Close(statusCode, reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
