package io.builderengine.simulator.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.http.ApiRequest;
import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.state.Call;
import io.builderengine.simulator.state.CallChange;
import io.builderengine.simulator.state.CallControls;
import io.builderengine.simulator.state.CallRegistry;
import io.builderengine.simulator.state.HexIds;
import io.builderengine.simulator.stats.SimulatorStats;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Operations on an active call: audio upload, end, hold, resume, transfer and recording. Any of
 * them on an ended call answers 400 {@code "Call is not active"}; on an unknown call 404.
 * Unlike the platform, hold, transfer and recording also work while the call is still ringing,
 * so that load tests can run them right after creating a call.
 */
public final class CallControlRoutes implements RouteGroup {

  private final CallRegistry calls;
  private final SimulatorStats stats;

  public CallControlRoutes(CallRegistry calls, SimulatorStats stats) {
    this.calls = calls;
    this.stats = stats;
  }

  @Override
  public void addTo(RouteTable table) {
    RouteTable.Access key = RouteTable.Access.API_KEY;
    table.add(HttpMethod.POST, "/api/v1/calls/{call_id}/audio", key, this::audio)
        .add(HttpMethod.POST, "/api/v1/calls/{call_id}/end", key, this::end)
        .add(HttpMethod.POST, "/api/v1/calls/{call_id}/hold", key, this::hold)
        .add(HttpMethod.POST, "/api/v1/calls/{call_id}/resume", key, this::resume)
        .add(HttpMethod.POST, "/api/v1/calls/{call_id}/transfer", key, this::transfer)
        .add(HttpMethod.POST, "/api/v1/calls/{call_id}/recording/start", key, this::record);
  }

  private ApiResponse audio(ApiRequest request) {
    String audio = JsonFields.requiredString(request.jsonObjectBody(), "audio");
    Call call = calls.find(request.pathParam("call_id"))
        .orElseThrow(() -> ApiException.notFound("Call not found"));
    byte[] pcm;
    try {
      pcm = Base64.getDecoder().decode(audio);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Invalid base64 audio");
    }
    if (!call.isActive(calls.nowMillis())) {
      throw notActive();
    }
    stats.audioReceived(pcm.length);
    return ApiResponse.json(HttpResponseStatus.ACCEPTED, new AudioAccepted("accepted", pcm.length));
  }

  private ApiResponse end(ApiRequest request) {
    Call call = requireChanged(calls.end(request.pathParam("call_id")));
    return answer(call, "Call ended");
  }

  private ApiResponse hold(ApiRequest request) {
    Call call = changeControls(request, controls -> controls.withOnHold(true));
    return answer(call, "Call placed on hold", "on_hold", true);
  }

  private ApiResponse resume(ApiRequest request) {
    Call call = changeControls(request, controls -> controls.withOnHold(false));
    return answer(call, "Call resumed", "on_hold", false);
  }

  private ApiResponse transfer(ApiRequest request) {
    JsonNode body = request.jsonObjectBody();
    String target = JsonFields.requiredString(body, "target_number");
    boolean announce = JsonFields.optionalBoolean(body, "announce", true);
    JsonFields.optionalString(body, "message"); // validated only: nobody hears it here
    Call call = changeControls(request, controls -> controls.withTransferredTo(target));
    return answer(call, "Transfer initiated", "target_number", target,
        "transfer_id", HexIds.next("TR", ThreadLocalRandom.current(), 32), "announce", announce);
  }

  private ApiResponse record(ApiRequest request) {
    Call call = changeControls(request, controls -> controls.withRecording(true));
    return answer(call, "Recording started",
        "recording_sid", HexIds.next("RE", ThreadLocalRandom.current(), 32),
        "recording_status", "in-progress");
  }

  private Call changeControls(ApiRequest request, UnaryOperator<CallControls> change) {
    long now = calls.nowMillis();
    return requireChanged(calls.changeActive(request.pathParam("call_id"),
        call -> call.withControls(change.apply(call.controls()), now)));
  }

  private static Call requireChanged(CallChange change) {
    return switch (change.outcome()) {
      case CHANGED -> change.call();
      case NOT_FOUND -> throw ApiException.notFound("Call not found");
      case NOT_ACTIVE -> throw notActive();
    };
  }

  private static ApiException notActive() {
    return ApiException.badRequest("Call is not active");
  }

  /** {@code {"message": ..., "call_id": ..., <extra pairs>}}. */
  private static ApiResponse answer(Call call, String message, Object... extraPairs) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("message", message);
    json.put("call_id", call.id());
    for (int i = 0; i < extraPairs.length; i += 2) {
      json.put((String) extraPairs[i], extraPairs[i + 1]);
    }
    return ApiResponse.json(HttpResponseStatus.OK, json);
  }

  /** The answer of an audio upload. */
  record AudioAccepted(String status, int bytes) {
  }
}
