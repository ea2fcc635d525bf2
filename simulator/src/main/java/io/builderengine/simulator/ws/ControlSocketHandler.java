package io.builderengine.simulator.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.simulator.http.ApiKeyAuthenticator;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.json.Timestamps;
import io.builderengine.simulator.state.HexIds;
import io.builderengine.simulator.stats.SimulatorStats;
import io.builderengine.simulator.stats.StreamKind;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /ws}, the control socket. Messages both ways are
 * {@code {"type","data","timestamp","message_id"}}.
 *
 * <ul>
 *   <li>{@code ping} is answered by {@code pong} whose data echoes the ping's data plus its
 *       top-level {@code sequence}, {@code user_id} and {@code timestamp} (as
 *       {@code client_timestamp}) — the old load suite sends those at the top level.
 *   <li>{@code auth} with {@code data.api_key}: {@code auth_success}, or {@code auth_failed} and
 *       close 1008.
 *   <li>anything else: an {@code error} message; the socket stays open.
 * </ul>
 */
final class ControlSocketHandler extends WebSocketEndpointHandler {

  private final ApiKeyAuthenticator authenticator;
  private final Clock clock;

  ControlSocketHandler(SimulatorStats stats, ApiKeyAuthenticator authenticator, Clock clock) {
    super(StreamKind.CONTROL, stats, Optional.empty());
    this.authenticator = authenticator;
    this.clock = clock;
  }

  @Override
  protected void onUnparsable() {
    sendMessage("error", Json.object().put("message", NOT_JSON));
  }

  @Override
  protected void onMessage(JsonNode message) {
    String type = message.path("type").asText("");
    switch (type) {
      case "ping" -> sendMessage("pong", pongData(message));
      case "auth" -> authenticate(message.path("data").path("api_key").asText(""));
      default -> sendMessage("error", Json.object()
          .put("message", "Unknown message type '" + type + "'; use ping or auth"));
    }
  }

  private void authenticate(String apiKey) {
    if (authenticator.accepts(apiKey)) {
      sendMessage("auth_success", Json.object().put("authenticated", true));
    } else {
      sendMessage("auth_failed", Json.object().put("reason", "Invalid API key"));
      close(WebSocketCloseStatus.POLICY_VIOLATION.code(), "Invalid API key");
    }
  }

  private static ObjectNode pongData(JsonNode ping) {
    ObjectNode data = ping.path("data").isObject()
        ? ((ObjectNode) ping.get("data")).deepCopy() : Json.object();
    copyIfPresent(ping, "sequence", data, "sequence");
    copyIfPresent(ping, "user_id", data, "user_id");
    copyIfPresent(ping, "timestamp", data, "client_timestamp");
    return data;
  }

  private static void copyIfPresent(JsonNode from, String field, ObjectNode to, String as) {
    if (from.has(field)) {
      to.set(as, from.get(field));
    }
  }

  private void sendMessage(String type, ObjectNode data) {
    ObjectNode message = Json.object().put("type", type);
    message.set("data", data);
    message.put("timestamp", Timestamps.iso(clock.millis()))
        .put("message_id", HexIds.next("msg_", ThreadLocalRandom.current(), 16));
    send(message.toString());
  }
}
