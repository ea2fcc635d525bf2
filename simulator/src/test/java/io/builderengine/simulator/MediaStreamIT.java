package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import io.builderengine.simulator.support.WsSession;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /media-stream in Twilio Media Streams format. */
class MediaStreamIT {

  private static final String STREAM_SID = "MZ00000000000000000000000000000001";
  /** 20 ms of mu-law silence at 8 kHz. */
  private static final String SILENCE_FRAME = silenceFrame();

  private static Simulator simulator;
  private static String url;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(TestSimulators.config());
    url = simulator.baseUrl().replace("http://", "ws://") + "/media-stream";
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void fullStreamEchoesAudioTranscribesAndStopsWithNormalClosure() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send("{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}");
      ws.send(startEvent());
      for (int chunk = 1; chunk <= 60; chunk++) { // 1.2 s of audio
        ws.send(mediaEvent(chunk + 2, chunk));
      }
      ws.send("{\"event\":\"mark\",\"sequenceNumber\":\"63\",\"streamSid\":\"" + STREAM_SID
          + "\",\"mark\":{\"name\":\"turn-1\"}}");
      ws.send("{\"event\":\"stop\",\"sequenceNumber\":\"64\",\"streamSid\":\"" + STREAM_SID
          + "\",\"stop\":{\"accountSid\":\"AC1\",\"callSid\":\"CA1\"}}");

      List<JsonNode> media = new ArrayList<>();
      List<JsonNode> transcriptions = new ArrayList<>();
      List<String> marks = new ArrayList<>();
      JsonNode message;
      do {
        message = ws.next();
        assertThat(message.get("streamSid").asText()).isEqualTo(STREAM_SID);
        switch (message.get("event").asText()) {
          case "media" -> media.add(message);
          case "transcription" -> transcriptions.add(message);
          case "mark" -> marks.add(message.get("mark").get("name").asText());
          default -> { }
        }
      } while (!message.get("event").asText().equals("stopped"));

      assertThat(media).hasSize(60);
      assertThat(marks).containsExactly("turn-1");
      JsonNode first = media.get(0);
      assertThat(first.get("sequenceNumber").isTextual()).isTrue();
      assertThat(first.get("media").get("track").asText()).isEqualTo("outbound");
      assertThat(first.get("media").get("chunk").asText()).isEqualTo("1");
      assertThat(first.get("media").get("payload").asText()).isEqualTo(SILENCE_FRAME);
      assertThat(transcriptions).hasSize(2);
      JsonNode partial = transcriptions.get(0).get("transcription");
      assertThat(partial.get("is_final").asBoolean()).isFalse();
      assertThat(partial.get("text").asText()).isNotBlank();
      JsonNode finalText = transcriptions.get(1).get("transcription");
      assertThat(finalText.get("is_final").asBoolean()).isTrue();
      assertThat(finalText.get("confidence").asDouble()).isBetween(0.0, 1.0);
      JsonNode stopped = message.get("stopped");
      assertThat(stopped.get("frames_received").asInt()).isEqualTo(60);
      assertThat(stopped.get("bytes_received").asInt()).isEqualTo(60 * 160);
      assertThat(stopped.get("frames_sent").asInt()).isEqualTo(60);
      assertThat(stopped.get("marks_received").asInt()).isEqualTo(1);
      assertThat(ws.awaitClose().code()).isEqualTo(1000);
    }
  }

  @Test
  void markRoundTripsBeforeAnyAudio() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send(startEvent());
      ws.send("{\"event\":\"mark\",\"streamSid\":\"" + STREAM_SID
          + "\",\"mark\":{\"name\":\"probe\"}}");

      JsonNode mark = ws.next();
      assertThat(mark.get("event").asText()).isEqualTo("mark");
      assertThat(mark.get("mark").get("name").asText()).isEqualTo("probe");
    }
  }

  @Test
  void mediaBeforeStartIsAPolicyViolation() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send(mediaEvent(1, 1));

      JsonNode error = ws.next();
      assertThat(error.get("event").asText()).isEqualTo("error");
      assertThat(error.get("error").get("code").asText()).isEqualTo("media_before_start");
      WsSession.Close close = ws.awaitClose();
      assertThat(close.code()).isEqualTo(1008);
      assertThat(close.reason()).contains("before 'start'");
    }
  }

  @Test
  void invalidPayloadIsAPolicyViolation() {
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send(startEvent());
      ws.send("{\"event\":\"media\",\"media\":{\"payload\":\"%%%\"}}");

      assertThat(ws.next().get("error").get("code").asText()).isEqualTo("invalid_payload");
      assertThat(ws.awaitClose().code()).isEqualTo(1008);
    }
  }

  @Test
  void streamForAKnownCallIsAcceptedAndForAnUnknownOneNotFound() {
    TestHttp http = new TestHttp(simulator.baseUrl());
    String agentId = json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();
    String callId = json(http.post("/api/v1/calls", "{\"agent_id\":\"" + agentId + "\"}"))
        .get("id").asText();

    try (WsSession ws = WsSession.open(url + "/" + callId, Map.of())) {
      ws.send(startEvent());
      ws.send("{\"event\":\"stop\",\"streamSid\":\"" + STREAM_SID + "\"}");
      JsonNode stopped = ws.nextMatching(m -> m.get("event").asText().equals("stopped"));
      assertThat(stopped.get("stopped").get("call_id").asText()).isEqualTo(callId);
    }
    assertThatThrownBy(() -> WsSession.open(url + "/call_000000000000", Map.of()))
        .hasCauseInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse()
            .statusCode()).isEqualTo(404));
  }

  @Test
  void openStreamsCountAsActiveCalls() {
    TestHttp http = new TestHttp(simulator.baseUrl());
    int before = json(http.send(http.request("/admin/stats"))).get("active_calls").asInt();
    try (WsSession ws = WsSession.open(url, Map.of())) {
      ws.send(startEvent());
      ws.send("{\"event\":\"mark\",\"mark\":{\"name\":\"sync\"}}");
      ws.next(); // the stream is surely open once it answers

      JsonNode stats = json(http.send(http.request("/admin/stats")));
      assertThat(stats.get("active_calls").asInt()).isEqualTo(before + 1);
      assertThat(stats.get("active_streams").get("media").asInt()).isGreaterThanOrEqualTo(1);
    }
  }

  private static String startEvent() {
    return "{\"event\":\"start\",\"sequenceNumber\":\"1\",\"streamSid\":\"" + STREAM_SID + "\","
        + "\"start\":{\"accountSid\":\"AC1\",\"streamSid\":\"" + STREAM_SID + "\","
        + "\"callSid\":\"CA1\",\"tracks\":[\"inbound\"],\"customParameters\":{},"
        + "\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\",\"sampleRate\":8000,\"channels\":1}}}";
  }

  private static String mediaEvent(int sequenceNumber, int chunk) {
    return "{\"event\":\"media\",\"sequenceNumber\":\"" + sequenceNumber + "\",\"streamSid\":\""
        + STREAM_SID + "\",\"media\":{\"track\":\"inbound\",\"chunk\":\"" + chunk + "\","
        + "\"timestamp\":\"" + (chunk - 1) * 20 + "\",\"payload\":\"" + SILENCE_FRAME + "\"}}";
  }

  private static String silenceFrame() {
    byte[] frame = new byte[160];
    Arrays.fill(frame, (byte) 0xFF);
    return Base64.getEncoder().encodeToString(frame);
  }
}
