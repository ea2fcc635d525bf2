package io.builderengine.simulator.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Optional;

/** Where HTTP requests asking to become WebSockets go; keeps this package free of the endpoints. */
public interface WebSocketGateway {

  /** Whether this is a WebSocket handshake for one of the endpoints. */
  boolean isUpgrade(FullHttpRequest request, String path);

  /**
   * Switches the connection to the endpoint, or refuses.
   *
   * @param ctx the HTTP dispatcher's context; its pipeline is rebuilt for WebSocket frames
   * @return the HTTP answer to send instead when the handshake is refused (e.g. 401, 404)
   */
  Optional<ApiResponse> upgrade(ChannelHandlerContext ctx, FullHttpRequest request,
      QueryStringDecoder uri);
}
