package io.builderengine.simulator.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.simulator.fault.StreamFaultPlan;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.json.Timestamps;
import io.builderengine.simulator.state.Call;
import io.builderengine.simulator.state.CallRegistry;
import io.builderengine.simulator.stats.SimulatorStats;
import io.builderengine.simulator.stats.StreamKind;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ws/v1/stream?call_id=...}: the SDK's event stream of one call. The client sends
 * {@code {"action":"subscribe"|"audio"|"inject",...}}; the server sends
 * {@code {"type","data","call_id","timestamp"}} messages:
 *
 * <ul>
 *   <li>{@code subscribe} (optional {@code events} array) → {@code subscribed} with the events;
 *   <li>{@code audio} ({@code audio}: base64 PCM16 16 kHz, 640 bytes per 20 ms) →
 *       {@code transcription.partial} after each second of audio and
 *       {@code transcription.final} after every third second (one utterance);
 *   <li>{@code inject} ({@code text}) → {@code transcription.final} of that text, speaker
 *       {@code agent};
 *   <li>when the call ends (REST {@code /end} or its maximum length) → {@code call.ended}, then
 *       close 1000.
 * </ul>
 * An unknown or missing {@code call_id} closes the stream with 1008; bad messages get an
 * {@code error} message and the stream stays open.
 */
final class SdkStreamHandler extends WebSocketEndpointHandler {

  private static final int PCM16_BYTES_PER_SECOND = 32_000;
  private static final int SECONDS_PER_UTTERANCE = 3;
  private static final List<String> DEFAULT_EVENTS =
      List.of("transcription.partial", "transcription.final", "call.ended");

  private final CallRegistry calls;
  private final String callId;
  private final AudioMeter audio = new AudioMeter(PCM16_BYTES_PER_SECOND);
  private Runnable unsubscribe = () -> { };
  private boolean callEnded;

  /** @param callId the {@code call_id} query parameter, or null */
  SdkStreamHandler(SimulatorStats stats, Optional<StreamFaultPlan> faultPlan, CallRegistry calls,
      String callId) {
    super(StreamKind.SDK, stats, faultPlan);
    this.calls = calls;
    this.callId = callId;
  }

  @Override
  protected void onOpen() {
    if (callId == null || calls.find(callId).isEmpty()) {
      close(WebSocketCloseStatus.POLICY_VIOLATION.code(), "Unknown call_id");
      return;
    }
    unsubscribe = calls.onEnd(callId, call -> execute(() -> callEnded(call)));
    // The call may have ended before the listener was in place.
    calls.find(callId).filter(call -> !call.isActive(calls.nowMillis()))
        .ifPresent(this::callEnded);
  }

  @Override
  protected void onClosed() {
    unsubscribe.run();
  }

  @Override
  protected void onUnparsable() {
    sendEvent("error", Json.object().put("message", NOT_JSON));
  }

  @Override
  protected void onMessage(JsonNode message) {
    String action = message.path("action").asText("");
    switch (action) {
      case "subscribe" -> subscribe(message.path("events"));
      case "audio" -> audio(message.path("audio").asText(""));
      case "inject" -> inject(message.path("text").asText(""));
      default -> sendEvent("error", Json.object().put("message",
          "Unknown action '" + action + "'; use subscribe, audio or inject"));
    }
  }

  private void subscribe(JsonNode requested) {
    ObjectNode data = Json.object();
    if (requested.isArray() && !requested.isEmpty()) {
      data.set("events", requested);
    } else {
      DEFAULT_EVENTS.forEach(data.putArray("events")::add);
    }
    sendEvent("subscribed", data);
  }

  private void audio(String base64) {
    byte[] pcm;
    try {
      pcm = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      sendEvent("error", Json.object().put("message", "audio must be base64 PCM16 16 kHz"));
      return;
    }
    stats.audioReceived(pcm.length);
    long secondsBefore = audio.completedSeconds();
    audio.add(pcm.length);
    for (long second = secondsBefore + 1; second <= audio.completedSeconds(); second++) {
      long utterance = (second - 1) / SECONDS_PER_UTTERANCE;
      long secondInUtterance = second - utterance * SECONDS_PER_UTTERANCE;
      boolean isFinal = secondInUtterance == SECONDS_PER_UTTERANCE;
      String words = TranscriptScript.words(utterance * SECONDS_PER_UTTERANCE, secondInUtterance);
      ObjectNode data = TranscriptScript.transcription(words, isFinal)
          .put("speaker", "caller").put("audio_ms", second * 1000);
      sendEvent(isFinal ? "transcription.final" : "transcription.partial", data);
    }
  }

  private void inject(String text) {
    if (text.isBlank()) {
      sendEvent("error", Json.object().put("message", "inject needs a non-empty text"));
      return;
    }
    sendEvent("transcription.final", TranscriptScript.transcription(text, true)
        .put("confidence", 1.0).put("speaker", "agent").put("injected", true));
  }

  private void callEnded(Call call) {
    if (callEnded) {
      return;
    }
    callEnded = true;
    sendEvent("call.ended", Json.object()
        .put("status", call.status(calls.nowMillis()).wireName())
        .put("duration_seconds", call.durationSeconds())
        .put("ended_at", Timestamps.iso(call.endedAtMillis())));
    close(WebSocketCloseStatus.NORMAL_CLOSURE.code(), "Call ended");
  }

  private void sendEvent(String type, ObjectNode data) {
    ObjectNode message = Json.object().put("type", type);
    message.set("data", data);
    send(message.put("call_id", callId)
        .put("timestamp", Timestamps.iso(calls.nowMillis())).toString());
  }
}
