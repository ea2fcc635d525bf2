package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * Plain HTTP requests to WebSocket paths: 426 Upgrade Required, which says what to do, instead of
 * a puzzling 404. (Handshakes never reach the route table.)
 */
public final class WebSocketPathRoutes implements RouteGroup {

  private static final ApiResponse UPGRADE_REQUIRED =
      ApiResponse.error(HttpResponseStatus.UPGRADE_REQUIRED, "WebSocket upgrade required")
          .withHeader(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET);

  private final List<String> pathPatterns;

  /** @param pathPatterns the WebSocket endpoints' paths, e.g. {@code /media-stream/{call_id}} */
  public WebSocketPathRoutes(List<String> pathPatterns) {
    this.pathPatterns = List.copyOf(pathPatterns);
  }

  @Override
  public void addTo(RouteTable table) {
    for (String pattern : pathPatterns) {
      table.add(HttpMethod.GET, pattern, RouteTable.Access.OPEN, request -> UPGRADE_REQUIRED);
    }
  }
}
