package io.builderengine.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.support.TestSimulators;
import io.builderengine.simulator.support.WsSession;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The /ws control socket: ping/pong, auth, and handshake credentials. */
class ControlSocketIT {

  private static Simulator simulator;
  private static String url;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(TestSimulators.config().withApiKeys(Set.of("good")));
    url = simulator.baseUrl().replace("http://", "ws://") + "/ws";
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void oldSuitePingIsAnsweredByPongEchoingTheSequence() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send("{\"type\":\"ping\",\"timestamp\":1700000000.5,\"user_id\":\"u7\",\"sequence\":42}");

      JsonNode pong = ws.next();
      assertThat(RestApiIT.fieldNames(pong))
          .containsExactly("type", "data", "timestamp", "message_id");
      assertThat(pong.get("type").asText()).isEqualTo("pong");
      assertThat(pong.get("data").get("sequence").asInt()).isEqualTo(42);
      assertThat(pong.get("data").get("user_id").asText()).isEqualTo("u7");
      assertThat(pong.get("data").get("client_timestamp").asDouble()).isEqualTo(1700000000.5);
      assertThat(pong.get("message_id").asText()).startsWith("msg_");
    }
  }

  @Test
  void pingDataIsEchoed() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send("{\"type\":\"ping\",\"data\":{\"sequence\":3,\"note\":\"x\"},"
          + "\"timestamp\":\"t\",\"message_id\":\"m1\"}");

      JsonNode data = ws.next().get("data");
      assertThat(data.get("sequence").asInt()).isEqualTo(3);
      assertThat(data.get("note").asText()).isEqualTo("x");
    }
  }

  @Test
  void authMessageSucceedsWithAGoodKey() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send("{\"type\":\"auth\",\"data\":{\"api_key\":\"good\"}}");

      assertThat(ws.next().get("type").asText()).isEqualTo("auth_success");
      ws.send("{\"type\":\"ping\",\"sequence\":1}");
      assertThat(ws.next().get("type").asText()).isEqualTo("pong");
    }
  }

  @Test
  void authMessageWithABadKeyFailsAndClosesWithPolicyViolation() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send("{\"type\":\"auth\",\"data\":{\"api_key\":\"bad\"}}");

      assertThat(ws.next().get("type").asText()).isEqualTo("auth_failed");
      assertThat(ws.awaitClose().code()).isEqualTo(1008);
    }
  }

  @Test
  void unknownTypesAndInvalidJsonGetErrorsAndTheSocketStaysOpen() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send("{\"type\":\"subscribe\"}");
      assertThat(ws.next().get("type").asText()).isEqualTo("error");
      ws.send("not json");
      assertThat(ws.next().get("type").asText()).isEqualTo("error");
      ws.send("{\"type\":\"ping\"}");
      assertThat(ws.next().get("type").asText()).isEqualTo("pong");
    }
  }

  @Test
  void handshakeCredentialsAreOptionalButMustBeValid() {
    try (WsSession ws = WsSession.open(url + "?api_key=good",
        Map.of("Authorization", "Bearer good"))) {
      ws.send("{\"type\":\"ping\"}");
      assertThat(ws.next().get("type").asText()).isEqualTo("pong");
    }
    assertThatThrownBy(() -> WsSession.open(url, Map.of("X-API-Key", "bad")))
        .hasCauseInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse()
            .statusCode()).isEqualTo(401));
    assertThatThrownBy(() -> WsSession.open(url + "?api_key=bad", Map.of()))
        .hasCauseInstanceOf(WebSocketHandshakeException.class);
  }

  @Test
  void handshakeOnAnUnknownPathIsNotFound() {
    String unknown = simulator.baseUrl().replace("http://", "ws://") + "/ws/nowhere";

    assertThatThrownBy(() -> WsSession.open(unknown, Map.of()))
        .hasCauseInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse()
            .statusCode()).isEqualTo(404));
  }
}
