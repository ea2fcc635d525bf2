package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import io.builderengine.simulator.support.WsSession;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /ws/v1/stream?call_id=..., the SDK's event stream. */
class SdkStreamIT {

  /** 20 ms of PCM16 at 16 kHz. */
  private static final String AUDIO_CHUNK = Base64.getEncoder().encodeToString(new byte[640]);

  private static Simulator simulator;
  private static TestHttp http;
  private String callId;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(TestSimulators.config());
    http = new TestHttp(simulator.baseUrl());
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @BeforeEach
  void createCall() {
    String agentId = json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();
    callId = json(http.post("/api/v1/calls", "{\"agent_id\":\"" + agentId + "\"}"))
        .get("id").asText();
  }

  @Test
  void subscribeIsConfirmed() {
    try (WsSession ws = open(callId)) {
      ws.send("{\"action\":\"subscribe\",\"events\":[\"transcription.final\"]}");

      JsonNode subscribed = ws.next();
      assertThat(RestApiIT.fieldNames(subscribed))
          .containsExactly("type", "data", "call_id", "timestamp");
      assertThat(subscribed.get("type").asText()).isEqualTo("subscribed");
      assertThat(subscribed.get("call_id").asText()).isEqualTo(callId);
      assertThat(subscribed.get("data").get("events").get(0).asText())
          .isEqualTo("transcription.final");
    }
  }

  @Test
  void threeSecondsOfAudioGiveTwoPartialsAndAFinal() {
    try (WsSession ws = open(callId)) {
      for (int chunk = 0; chunk < 150; chunk++) { // 150 x 20 ms
        ws.send("{\"action\":\"audio\",\"audio\":\"" + AUDIO_CHUNK + "\"}");
      }

      assertThat(ws.next().get("type").asText()).isEqualTo("transcription.partial");
      assertThat(ws.next().get("type").asText()).isEqualTo("transcription.partial");
      JsonNode fin = ws.next();
      assertThat(fin.get("type").asText()).isEqualTo("transcription.final");
      assertThat(fin.get("data").get("is_final").asBoolean()).isTrue();
      assertThat(fin.get("data").get("text").asText().split(" ")).hasSize(9);
    }
  }

  @Test
  void injectedTextComesBackAsAFinalTranscription() {
    try (WsSession ws = open(callId)) {
      ws.send("{\"action\":\"inject\",\"text\":\"How can I help?\"}");

      JsonNode message = ws.next();
      assertThat(message.get("type").asText()).isEqualTo("transcription.final");
      assertThat(message.get("data").get("text").asText()).isEqualTo("How can I help?");
      assertThat(message.get("data").get("speaker").asText()).isEqualTo("agent");
    }
  }

  @Test
  void endingTheCallSendsCallEndedAndClosesNormally() {
    try (WsSession ws = open(callId)) {
      ws.send("{\"action\":\"subscribe\"}");
      ws.next();

      http.post("/api/v1/calls/" + callId + "/end", "");

      JsonNode ended = ws.next();
      assertThat(ended.get("type").asText()).isEqualTo("call.ended");
      assertThat(ended.get("data").get("status").asText()).isEqualTo("completed");
      assertThat(ws.awaitClose().code()).isEqualTo(1000);
    }
  }

  @Test
  void unknownCallIdIsClosedWithPolicyViolation() {
    try (WsSession ws = open("call_000000000000")) {
      WsSession.Close close = ws.awaitClose();

      assertThat(close.code()).isEqualTo(1008);
      assertThat(close.reason()).isEqualTo("Unknown call_id");
    }
  }

  @Test
  void unknownActionIsAnErrorAndTheStreamStaysOpen() {
    try (WsSession ws = open(callId)) {
      ws.send("{\"action\":\"dance\"}");
      assertThat(ws.next().get("type").asText()).isEqualTo("error");
      ws.send("{\"action\":\"subscribe\"}");
      assertThat(ws.next().get("type").asText()).isEqualTo("subscribed");
    }
  }

  private static WsSession open(String callId) {
    return WsSession.open(simulator.baseUrl().replace("http://", "ws://")
        + "/ws/v1/stream?call_id=" + callId, Map.of());
  }
}
