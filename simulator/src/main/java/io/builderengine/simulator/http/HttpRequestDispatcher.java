package io.builderengine.simulator.http;

import io.builderengine.simulator.fault.FaultDecision;
import io.builderengine.simulator.fault.FaultInjector;
import io.builderengine.simulator.stats.SimulatorStats;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The entry of every HTTP request: applies the request's fault (reset, stall, error, latency),
 * then answers through the {@link ApiRouter} or hands WebSocket handshakes to the gateway.
 * Admin routes are exempt from faults, so a test can always turn them off again, and answer only
 * the peers {@link AdminAccess} allows (403 for others).
 *
 * <p>Sharable and stateless; all waiting is done with the event loop's timers, never by blocking.
 */
@ChannelHandler.Sharable
public final class HttpRequestDispatcher extends SimpleChannelInboundHandler<FullHttpRequest> {

  /** Paths that faults never touch. */
  public static final String ADMIN_PATH_PREFIX = "/admin/";

  private static final System.Logger LOG =
      System.getLogger(HttpRequestDispatcher.class.getName());
  private static final ApiResponse MALFORMED =
      ApiResponse.error(HttpResponseStatus.BAD_REQUEST, "Malformed HTTP request")
          .withHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);

  private final ApiRouter router;
  private final FaultInjector faults;
  private final WebSocketGateway webSockets;
  private final SimulatorStats stats;
  private final AdminAccess adminAccess;

  public HttpRequestDispatcher(ApiRouter router, FaultInjector faults, WebSocketGateway webSockets,
      SimulatorStats stats, AdminAccess adminAccess) {
    this.router = router;
    this.faults = faults;
    this.webSockets = webSockets;
    this.stats = stats;
    this.adminAccess = adminAccess;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    long arrivedAtNanos = System.nanoTime();
    if (!request.decoderResult().isSuccess()) {
      answer(ctx, MALFORMED, arrivedAtNanos);
      return;
    }
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    String path = uri.path();
    boolean admin = path.startsWith(ADMIN_PATH_PREFIX);
    if (admin) {
      Optional<String> refusal = adminAccess.refusal(ctx.channel().remoteAddress());
      if (refusal.isPresent()) {
        answer(ctx, ApiResponse.error(HttpResponseStatus.FORBIDDEN, refusal.get()), arrivedAtNanos);
        return;
      }
    }
    FaultDecision fault = admin ? FaultDecision.NONE : faults.decide(path);
    switch (fault.kind()) {
      case RESET -> {
        stats.requestReset();
        TcpReset.reset(ctx.channel());
      }
      case STALL -> stall(ctx, fault.stallMillis());
      case ERROR -> {
        ApiResponse injected = ApiResponse.error(
            HttpResponseStatus.valueOf(fault.errorStatus()), "Injected fault");
        later(ctx, fault.delayMillis(), () -> answer(ctx, injected, arrivedAtNanos));
      }
      case NONE -> serve(ctx, request, uri, fault.delayMillis(), arrivedAtNanos);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (!(cause instanceof IOException)) { // peers resetting connections is routine, not news
      LOG.log(System.Logger.Level.ERROR, "closing a connection after an unexpected failure",
          cause);
    }
    ctx.close();
  }

  private void serve(ChannelHandlerContext ctx, FullHttpRequest request, QueryStringDecoder uri,
      long delayMillis, long arrivedAtNanos) {
    if (webSockets.isUpgrade(request, uri.path())) {
      FullHttpRequest retained = request.retain(); // outlives this call when delayed
      later(ctx, delayMillis, () -> {
        try {
          webSockets.upgrade(ctx, retained, uri)
              .ifPresent(refusal -> answer(ctx, refusal, arrivedAtNanos));
        } finally {
          retained.release();
        }
      });
      return;
    }
    // Answers are computed now, while the request body is valid; only the write waits.
    ApiResponse response =
        router.handle(request.method(), uri, request.headers(), request.content());
    later(ctx, delayMillis, () -> answer(ctx, response, arrivedAtNanos));
  }

  private static void later(ChannelHandlerContext ctx, long delayMillis, Runnable task) {
    if (delayMillis == 0) {
      task.run();
    } else {
      ctx.executor().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void answer(ChannelHandlerContext ctx, ApiResponse response, long arrivedAtNanos) {
    if (!ctx.channel().isActive()) {
      return; // the client gave up while the answer was delayed
    }
    stats.responseSent(response.status().code(), System.nanoTime() - arrivedAtNanos);
    ctx.writeAndFlush(response.toNetty());
  }

  /** Holds the request unanswered; closes the connection after a while so nothing leaks. */
  private void stall(ChannelHandlerContext ctx, long stallMillis) {
    stats.requestStalled();
    Runnable close = ctx::close;
    ScheduledFuture<?> release =
        ctx.executor().schedule(close, stallMillis, TimeUnit.MILLISECONDS);
    ctx.channel().closeFuture().addListener(closed -> release.cancel(false));
  }
}
