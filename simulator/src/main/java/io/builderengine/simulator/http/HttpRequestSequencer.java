package io.builderengine.simulator.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import java.util.ArrayDeque;

/**
 * Keeps the answers of one connection in request order. Injected latency answers a request later,
 * from a timer; a client pipelining HTTP/1.1 requests must still get its answers in order. So
 * while one request of this connection awaits its answer, later ones wait here and reading pauses,
 * which also bounds how many can wait. Not sharable: one per connection, used on its event loop.
 */
public final class HttpRequestSequencer extends ChannelDuplexHandler {

  private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
  private boolean answering;
  private boolean readingPaused;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof FullHttpRequest request)) {
      ctx.fireChannelRead(msg);
      return;
    }
    if (answering) {
      waiting.add(request);
      setReading(ctx, false);
      return;
    }
    answering = true;
    ctx.fireChannelRead(request);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    ctx.write(msg, promise);
    if (msg instanceof FullHttpResponse) {
      answering = false;
      if (!waiting.isEmpty()) {
        // a new task, not a nested call: the next answer may itself be written synchronously
        ctx.executor().execute(() -> releaseNext(ctx));
      } else if (readingPaused) {
        setReading(ctx, true);
      }
    }
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    waiting.forEach(FullHttpRequest::release);
    waiting.clear();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    handlerRemoved(ctx);
    ctx.fireChannelInactive();
  }

  private void releaseNext(ChannelHandlerContext ctx) {
    if (answering || ctx.isRemoved()) {
      return;
    }
    FullHttpRequest next = waiting.poll();
    if (next == null) {
      setReading(ctx, true);
      return;
    }
    answering = true;
    ctx.fireChannelRead(next);
  }

  private void setReading(ChannelHandlerContext ctx, boolean reading) {
    readingPaused = !reading;
    ctx.channel().config().setAutoRead(reading);
  }
}
