package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.PageRequest;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.state.Agent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/agents} and {@code GET /api/v1/agents/{agent_id}} over the seeded agents,
 * whose JSON is encoded once at start-up.
 */
public final class AgentRoutes implements RouteGroup {

  private final PreEncodedList list;
  private final Map<String, ApiResponse> byId;

  public AgentRoutes(List<Agent> agents) {
    this.list = new PreEncodedList("agents", false, agents);
    this.byId = agents.stream().collect(Collectors.toUnmodifiableMap(Agent::id,
        agent -> ApiResponse.json(HttpResponseStatus.OK, agent), (a, b) -> a));
  }

  @Override
  public void addTo(RouteTable table) {
    table.add(HttpMethod.GET, "/api/v1/agents", RouteTable.Access.API_KEY, request ->
            ApiResponse.preEncoded(HttpResponseStatus.OK, list.page(PageRequest.from(request))))
        .add(HttpMethod.GET, "/api/v1/agents/{agent_id}", RouteTable.Access.API_KEY, request -> {
          ApiResponse agent = byId.get(request.pathParam("agent_id"));
          if (agent == null) {
            throw ApiException.notFound("Agent not found");
          }
          return agent;
        });
  }
}
