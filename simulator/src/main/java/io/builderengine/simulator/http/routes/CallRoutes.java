package io.builderengine.simulator.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.http.ApiRequest;
import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.PageRequest;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.state.Call;
import io.builderengine.simulator.state.CallDirection;
import io.builderengine.simulator.state.CallRegistry;
import io.builderengine.simulator.state.CallStatus;
import io.builderengine.simulator.state.CallView;
import io.builderengine.simulator.state.NewCall;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creating, listing and reading calls: {@code /api/v1/calls}, {@code /api/v1/calls/outbound},
 * {@code /api/v1/calls/{call_id}} and its {@code /status}.
 */
public final class CallRoutes implements RouteGroup {

  private static final String STATUS_CHOICES = Arrays.stream(CallStatus.values())
      .map(s -> "'" + s.wireName() + "'").collect(Collectors.joining(", "));

  private final CallRegistry calls;
  private final Set<String> agentIds;
  private final String defaultOrganizationId;
  private final String platformNumber;

  /**
   * @param agentIds the agents a call may name
   * @param defaultOrganizationId the organization of calls made without X-Organization-ID
   * @param platformNumber the organization's number, the other party of created calls
   */
  public CallRoutes(CallRegistry calls, Set<String> agentIds, String defaultOrganizationId,
      String platformNumber) {
    this.calls = calls;
    this.agentIds = Set.copyOf(agentIds);
    this.defaultOrganizationId = defaultOrganizationId;
    this.platformNumber = platformNumber;
  }

  @Override
  public void addTo(RouteTable table) {
    RouteTable.Access key = RouteTable.Access.API_KEY;
    table.add(HttpMethod.GET, "/api/v1/calls", key, this::list)
        .add(HttpMethod.POST, "/api/v1/calls", key, this::create)
        .add(HttpMethod.POST, "/api/v1/calls/outbound", key, this::createOutbound)
        .add(HttpMethod.GET, "/api/v1/calls/{call_id}", key, this::get)
        .add(HttpMethod.GET, "/api/v1/calls/{call_id}/status", key, this::get);
  }

  private ApiResponse list(ApiRequest request) {
    PageRequest page = PageRequest.from(request);
    Optional<CallStatus> status = request.queryParam("status").map(name ->
        CallStatus.fromWireName(name).orElseThrow(() -> ApiException.unprocessable("enum",
            "Input should be " + STATUS_CHOICES, "query", "status")));
    CallRegistry.CallPage found =
        calls.page((int) Math.min(page.offset(), Integer.MAX_VALUE), page.pageSize(), status);
    long now = calls.nowMillis();
    List<CallView> views = found.calls().stream().map(call -> CallView.of(call, now)).toList();
    return ApiResponse.json(HttpResponseStatus.OK, new CallList(views, found.total(), page.page(),
        page.pageSize(), page.totalPages(found.total())));
  }

  private ApiResponse get(ApiRequest request) {
    Call call = calls.find(request.pathParam("call_id"))
        .orElseThrow(() -> ApiException.notFound("Call not found"));
    return ApiResponse.json(HttpResponseStatus.OK, CallView.of(call, calls.nowMillis()));
  }

  /** The old load suite's route: answers the call object plus {@code call_id}. */
  private ApiResponse create(ApiRequest request) {
    JsonNode body = request.jsonObjectBody();
    String agentId = requireKnownAgent(body);
    String customerNumber = JsonFields.optionalString(body, "phone_number").orElse(null);
    CallDirection direction = JsonFields.optionalString(body, "direction")
        .map(name -> CallDirection.fromWireName(name).orElseThrow(() -> ApiException.unprocessable(
            "enum", "Input should be 'inbound' or 'outbound'", "body", "direction")))
        .orElse(CallDirection.OUTBOUND);
    boolean outbound = direction == CallDirection.OUTBOUND;
    Call call = create(new NewCall(agentId, organization(request), direction,
        outbound ? platformNumber : customerNumber, outbound ? customerNumber : platformNumber,
        JsonFields.optionalObject(body, "metadata")));
    ObjectNode json = Json.tree(CallView.of(call, calls.nowMillis()));
    json.put("call_id", call.id());
    return ApiResponse.json(HttpResponseStatus.OK, json);
  }

  /** The platform's own route: answers 201 with a short summary. */
  private ApiResponse createOutbound(ApiRequest request) {
    JsonNode body = request.jsonObjectBody();
    String agentId = requireKnownAgent(body);
    String toNumber = JsonFields.requiredString(body, "to_number");
    String fromNumber = JsonFields.optionalString(body, "from_number").orElse(platformNumber);
    Call call = create(new NewCall(agentId, organization(request),
        CallDirection.OUTBOUND, fromNumber, toNumber, JsonFields.optionalObject(body, "metadata")));
    return ApiResponse.json(HttpResponseStatus.CREATED, new OutboundCallCreated(call.id(),
        call.details().sessionId(), call.status(calls.nowMillis()), "Call initiated successfully"));
  }

  private String requireKnownAgent(JsonNode body) {
    String agentId = JsonFields.requiredString(body, "agent_id");
    if (!agentIds.contains(agentId)) {
      throw ApiException.notFound("Agent not found");
    }
    return agentId;
  }

  private Call create(NewCall newCall) {
    return calls.create(newCall).orElseThrow(() ->
        new ApiException(HttpResponseStatus.SERVICE_UNAVAILABLE, "Too many active calls"));
  }

  private String organization(ApiRequest request) {
    return request.organizationId().orElse(defaultOrganizationId);
  }

  /** The calls list envelope. */
  record CallList(List<CallView> calls, long total, int page, int pageSize, long totalPages) {
  }

  /** The answer of {@code POST /api/v1/calls/outbound}. */
  record OutboundCallCreated(String callId, String sessionId, CallStatus status, String message) {
  }
}
