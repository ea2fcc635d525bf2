package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.state.Agent;
import io.builderengine.simulator.state.AnalyticsOverview;
import io.builderengine.simulator.state.CallRegistry;
import io.builderengine.simulator.stats.SimulatorStats;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * {@code GET /api/v1/analytics/overview}. The overview scans every stored call, so it is computed
 * at most once per {@link #REFRESH_MILLIS} and shared by the requests in between (a dashboard is
 * not expected to be fresher; load tests hit this route hard).
 */
public final class AnalyticsRoutes implements RouteGroup {

  static final long REFRESH_MILLIS = 1_000;

  private final CallRegistry calls;
  private final List<Agent> agents;
  private final SimulatorStats stats;
  private volatile Snapshot latest;

  public AnalyticsRoutes(CallRegistry calls, List<Agent> agents, SimulatorStats stats) {
    this.calls = calls;
    this.agents = List.copyOf(agents);
    this.stats = stats;
  }

  @Override
  public void addTo(RouteTable table) {
    table.add(HttpMethod.GET, "/api/v1/analytics/overview", RouteTable.Access.API_KEY,
        request -> overview());
  }

  private ApiResponse overview() {
    long now = calls.nowMillis();
    Snapshot snapshot = latest;
    if (snapshot == null || now - snapshot.computedAtMillis() >= REFRESH_MILLIS) {
      // Two threads may both recompute right at expiry; both results are right, one is kept.
      snapshot = new Snapshot(now, ApiResponse.json(HttpResponseStatus.OK,
          AnalyticsOverview.compute(calls.all(), agents, stats.meanResponseMillis(), now)));
      latest = snapshot;
    }
    return snapshot.response();
  }

  private record Snapshot(long computedAtMillis, ApiResponse response) {
  }
}
