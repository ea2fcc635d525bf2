package io.builderengine.simulator.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.fault.StreamFaultPlan;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.stats.SimulatorStats;
import io.builderengine.simulator.stats.StreamKind;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What every WebSocket endpoint shares: JSON text messages in and out, ping and close handling,
 * the close handshake, stream counting and the injected close and stall faults. Endpoints implement
 * {@link #onMessage(JsonNode)}. One instance per connection, used on its event loop only.
 */
abstract class WebSocketEndpointHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

  /** How long to wait for the peer's close frame before dropping the connection. */
  private static final long CLOSE_HANDSHAKE_TIMEOUT_MILLIS = 1_000;

  /** A close frame's payload is at most 125 bytes, two of them the code (RFC 6455 5.5). */
  private static final int MAX_CLOSE_REASON_BYTES = 123;

  /** What clients are told about text that is not JSON. */
  protected static final String NOT_JSON = "Messages must be JSON objects";

  protected final SimulatorStats stats;
  private final StreamKind kind;
  private final Optional<StreamFaultPlan> faultPlan;
  private ChannelHandlerContext ctx;
  private boolean open;
  private boolean closing;
  /** Stalled by a fault: nothing is read, answered or sent until the connection is dropped. */
  private boolean silent;

  /**
   * @param faultPlan the injected close or stall this stream was drawn for, if any
   */
  protected WebSocketEndpointHandler(StreamKind kind, SimulatorStats stats,
      Optional<StreamFaultPlan> faultPlan) {
    this.kind = kind;
    this.stats = stats;
    this.faultPlan = faultPlan;
  }

  /** Called once the handshake response went out; starts the stream. */
  final void opened() {
    open = true;
    stats.streamOpened(kind);
    faultPlan.ifPresent(this::schedule);
    onOpen();
  }

  private void schedule(StreamFaultPlan plan) {
    if (plan.closeAfterMillis() > 0) {
      ctx.executor().schedule(() -> close(plan.closeCode(), "Injected fault"),
          plan.closeAfterMillis(), TimeUnit.MILLISECONDS);
    }
    if (plan.stallAfterMillis() > 0) {
      ctx.executor().schedule(() -> stall(plan.stallMaxMillis()), plan.stallAfterMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /** Goes silent, as a server that hangs would, and drops the connection after {@code maxMillis}. */
  private void stall(long maxMillis) {
    if (closing || silent) {
      return;
    }
    silent = true;
    stats.streamStalled();
    ctx.executor().schedule(() -> ctx.close(), maxMillis, TimeUnit.MILLISECONDS);
  }

  /** The stream is open; endpoints may send a greeting or refuse it with {@link #close}. */
  protected void onOpen() {
  }

  /** One JSON message from the client. */
  protected abstract void onMessage(JsonNode message);

  /** A text message that is not JSON; {@link #NOT_JSON} says so to the client. */
  protected abstract void onUnparsable();

  /** The connection is gone; release what the stream holds. */
  protected void onClosed() {
  }

  /** Sends one text message, unless the stream is closing. */
  protected final void send(String text) {
    if (closing || silent) {
      return;
    }
    stats.wsMessageSent();
    ctx.writeAndFlush(new TextWebSocketFrame(text));
  }

  /**
   * Starts the close handshake: sends a close frame and drops the connection when the peer
   * answers, or after a timeout. Further messages are neither sent nor handled.
   */
  protected final void close(int code, String reason) {
    if (closing || silent || !ctx.channel().isActive()) {
      return;
    }
    closing = true;
    ctx.writeAndFlush(new CloseWebSocketFrame(code, fitCloseReason(reason)));
    ctx.executor().schedule(() -> ctx.close(), CLOSE_HANDSHAKE_TIMEOUT_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /** Runs a task on this connection's event loop, e.g. from another thread's notification. */
  protected final void execute(Runnable task) {
    ctx.executor().execute(task);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext context) {
    this.ctx = context;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext context, WebSocketFrame frame) {
    if (silent) {
      return;
    }
    if (frame instanceof TextWebSocketFrame text) {
      stats.wsMessageReceived();
      if (!closing) {
        dispatch(text.text());
      }
    } else if (frame instanceof PingWebSocketFrame) {
      context.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
    } else if (frame instanceof CloseWebSocketFrame peerClose) {
      answerClose(context, peerClose);
    } else if (frame instanceof BinaryWebSocketFrame) {
      close(WebSocketCloseStatus.INVALID_MESSAGE_TYPE.code(),
          "Binary frames are not supported; send JSON text");
    }
    // Pong frames need no answer.
  }

  @Override
  public void channelInactive(ChannelHandlerContext context) {
    if (open) {
      open = false;
      stats.streamClosed(kind);
      onClosed();
    }
    context.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
    context.close(); // a broken connection ends the stream; the client sees why on its side
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = Json.parse(text);
    } catch (JsonProcessingException e) {
      onUnparsable();
      return;
    }
    onMessage(message);
  }

  /** Shortens a reason (which may quote client input) to what a close frame can carry. */
  static String fitCloseReason(String reason) {
    String fitted = reason;
    while (fitted.getBytes(StandardCharsets.UTF_8).length > MAX_CLOSE_REASON_BYTES) {
      fitted = fitted.substring(0, fitted.length() - 1);
    }
    return fitted;
  }

  /** Completes a close the peer started (echoing its code), or one this side started. */
  private void answerClose(ChannelHandlerContext context, CloseWebSocketFrame peerClose) {
    if (closing) {
      context.close();
      return;
    }
    closing = true;
    context.writeAndFlush(new CloseWebSocketFrame(true, 0, peerClose.content().retain()))
        .addListener(written -> context.close());
  }
}
