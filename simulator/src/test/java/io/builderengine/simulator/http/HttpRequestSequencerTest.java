package io.builderengine.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpRequestSequencerTest {

  /** Answers nothing by itself; the test answers the requests it holds, in any order. */
  private static final class HoldingHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    final List<String> received = new ArrayList<>();
    ChannelHandlerContext context;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      context = ctx;
      received.add(request.uri());
    }

    void answer() {
      context.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
          HttpResponseStatus.OK));
    }
  }

  @Test
  void pipelinedRequestsWaitUntilTheOneBeforeIsAnswered() {
    HoldingHandler handler = new HoldingHandler();
    EmbeddedChannel channel = new EmbeddedChannel(new HttpRequestSequencer(), handler);

    channel.writeInbound(request("/first"), request("/second"), request("/third"));
    assertThat(handler.received).containsExactly("/first");
    assertThat(channel.config().isAutoRead()).as("reading pauses while requests wait").isFalse();

    handler.answer();
    channel.runPendingTasks();
    assertThat(handler.received).containsExactly("/first", "/second");

    handler.answer();
    channel.runPendingTasks();
    handler.answer();
    channel.runPendingTasks();
    assertThat(handler.received).containsExactly("/first", "/second", "/third");
    assertThat(channel.config().isAutoRead()).isTrue();
    assertThat((FullHttpResponse) channel.readOutbound()).isNotNull();
    channel.finishAndReleaseAll();
  }

  @Test
  void waitingRequestsAreReleasedWhenTheConnectionCloses() {
    HoldingHandler handler = new HoldingHandler();
    EmbeddedChannel channel = new EmbeddedChannel(new HttpRequestSequencer(), handler);
    FullHttpRequest waiting = request("/second");

    channel.writeInbound(request("/first"), waiting);
    channel.close();

    assertThat(waiting.refCnt()).isZero();
  }

  private static FullHttpRequest request(String uri) {
    return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
  }
}
