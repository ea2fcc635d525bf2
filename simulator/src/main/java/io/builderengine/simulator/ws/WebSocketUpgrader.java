package io.builderengine.simulator.ws;

import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.http.ApiKeyAuthenticator;
import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.HttpChannelInitializer;
import io.builderengine.simulator.http.WebSocketGateway;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.List;
import java.util.Optional;

/**
 * Turns an HTTP connection into a WebSocket for one of the {@link WebSocketEndpoints}.
 * Credentials are optional (Twilio sends none), but wrong ones are refused with 401: an API key
 * from {@code X-API-Key}, {@code Authorization: Bearer} or the {@code api_key} query parameter.
 */
public final class WebSocketUpgrader implements WebSocketGateway {

  /** Text messages are JSON events with at most a few KiB of base64 audio. */
  private static final int MAX_MESSAGE_BYTES = 256 * 1024;

  private final WebSocketEndpoints endpoints;
  private final ApiKeyAuthenticator authenticator;

  public WebSocketUpgrader(WebSocketEndpoints endpoints, ApiKeyAuthenticator authenticator) {
    this.endpoints = endpoints;
    this.authenticator = authenticator;
  }

  @Override
  public boolean isUpgrade(FullHttpRequest request, String path) {
    return request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET,
        true) && endpoints.isEndpoint(path);
  }

  @Override
  public Optional<ApiResponse> upgrade(ChannelHandlerContext ctx, FullHttpRequest request,
      QueryStringDecoder uri) {
    WebSocketEndpointHandler handler;
    try {
      authenticator.verifyIfPresent(authenticator.presentedKey(request.headers())
          .or(() -> firstParameter(uri, "api_key")));
      handler = endpoints.handlerFor(uri);
    } catch (ApiException refused) {
      return Optional.of(refused.toResponse());
    }
    WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
        "ws://" + request.headers().get(HttpHeaderNames.HOST) + uri.path(), null, true,
        MAX_MESSAGE_BYTES).newHandshaker(request);
    if (handshaker == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
      return Optional.empty();
    }
    ChannelPipeline pipeline = ctx.pipeline();
    pipeline.remove(HttpChannelInitializer.KEEP_ALIVE);
    pipeline.remove(HttpChannelInitializer.SEQUENCER);
    pipeline.remove(HttpChannelInitializer.DISPATCHER);
    pipeline.addLast("ws-aggregator", new WebSocketFrameAggregator(MAX_MESSAGE_BYTES))
        .addLast("ws-endpoint", handler);
    // The handshaker swaps the HTTP codec and aggregator for WebSocket frame codecs.
    handshaker.handshake(ctx.channel(), request).addListener(done -> {
      if (done.isSuccess()) {
        handler.opened();
      } else {
        ctx.channel().close();
      }
    });
    return Optional.empty();
  }

  private static Optional<String> firstParameter(QueryStringDecoder uri, String name) {
    List<String> values = uri.parameters().get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
