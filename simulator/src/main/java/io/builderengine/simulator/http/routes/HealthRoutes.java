package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /health} and {@code GET /api/v1/health}: no API key, and the cheapest answer the
 * simulator has (one response object, bytes encoded once) since load tests poll it hardest.
 */
public final class HealthRoutes implements RouteGroup {

  private static final ApiResponse HEALTHY = ApiResponse.preEncoded(HttpResponseStatus.OK,
      "{\"status\":\"healthy\",\"service\":\"platform-api\",\"version\":\"1.0.0\"}"
          .getBytes(StandardCharsets.UTF_8));

  @Override
  public void addTo(RouteTable table) {
    table.add(HttpMethod.GET, "/health", RouteTable.Access.OPEN, request -> HEALTHY)
        .add(HttpMethod.GET, "/api/v1/health", RouteTable.Access.OPEN, request -> HEALTHY);
  }
}
