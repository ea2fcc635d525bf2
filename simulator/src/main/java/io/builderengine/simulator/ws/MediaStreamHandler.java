package io.builderengine.simulator.ws;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.fault.StreamFaultPlan;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.stats.SimulatorStats;
import io.builderengine.simulator.stats.StreamKind;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code /media-stream} and {@code /media-stream/{call_id}}: the platform's side of a Twilio
 * Media Stream. The client plays Twilio: {@code connected}, {@code start}, {@code media} frames
 * (base64 mu-law, 160 bytes per 20 ms), {@code mark}, {@code dtmf}, {@code stop}.
 *
 * <p>The simulator answers each inbound media frame with one outbound frame echoing its audio,
 * each mark with a mark of the same name, every second of received audio with a partial
 * {@code transcription}, and {@code stop} with a final transcription, a {@code stopped} summary of
 * the stream's counters and close 1000. Protocol violations (media, mark, dtmf or stop before
 * start; a second start; unknown events; invalid JSON or payload) get an {@code error} event and
 * close 1008.
 */
final class MediaStreamHandler extends WebSocketEndpointHandler {

  private static final int MULAW_BYTES_PER_SECOND = 8_000;

  private final Clock clock;
  private final String callId;
  private final MediaStreamEvents events = new MediaStreamEvents();
  private final AudioMeter audio = new AudioMeter(MULAW_BYTES_PER_SECOND);
  private boolean started;
  private long framesReceived;
  private long framesSent;
  private long marksReceived;
  private long dtmfReceived;

  /** @param callId the call named in the path, or null */
  MediaStreamHandler(SimulatorStats stats, Optional<StreamFaultPlan> faultPlan, Clock clock,
      String callId) {
    super(StreamKind.MEDIA, stats, faultPlan);
    this.clock = clock;
    this.callId = callId;
  }

  @Override
  protected void onOpen() {
    if (callId == null) {
      stats.callFreeMediaStreamOpened();
    }
  }

  @Override
  protected void onClosed() {
    if (callId == null) {
      stats.callFreeMediaStreamClosed();
    }
  }

  @Override
  protected void onUnparsable() {
    violation("invalid_json", NOT_JSON);
  }

  @Override
  protected void onMessage(JsonNode message) {
    String event = message.path("event").asText("");
    switch (event) {
      case "connected" -> { } // Twilio's greeting; it needs no answer
      case "start" -> start(message);
      case "media", "mark", "dtmf", "stop" -> {
        if (started) {
          onStreamEvent(event, message);
        } else {
          violation(event + "_before_start",
              "Received '" + event + "' before 'start'; send start first");
        }
      }
      default -> violation("unknown_event", "Unknown event '" + event
          + "'; expected connected, start, media, mark, dtmf or stop");
    }
  }

  private void onStreamEvent(String event, JsonNode message) {
    switch (event) {
      case "media" -> media(message.path("media"));
      case "mark" -> {
        marksReceived++;
        send(events.mark(message.path("mark").path("name").asText("")));
      }
      case "dtmf" -> dtmfReceived++;
      case "stop" -> stop();
    }
  }

  private void start(JsonNode message) {
    if (started) {
      violation("duplicate_start", "Received a second 'start' on one stream");
      return;
    }
    String streamSid = message.path("streamSid")
        .asText(message.path("start").path("streamSid").asText(""));
    if (streamSid.isBlank()) {
      violation("missing_stream_sid", "'start' must carry streamSid");
      return;
    }
    started = true;
    events.streamSid(streamSid);
  }

  private void media(JsonNode media) {
    String payload = media.path("payload").asText("");
    byte[] mulaw;
    try {
      mulaw = Base64.getDecoder().decode(payload);
    } catch (IllegalArgumentException e) {
      violation("invalid_payload", "media.payload must be base64 mu-law audio");
      return;
    }
    framesReceived++;
    stats.mediaFrameReceived(mulaw.length);
    send(events.media(media.path("chunk").asText(""), media.path("timestamp").asText(""),
        payload));
    framesSent++;
    stats.mediaFrameSent();
    if (audio.add(mulaw.length) > 0) {
      send(events.transcription(TranscriptScript.words(0, audio.completedSeconds()), false,
          clock.millis()));
    }
  }

  private void stop() {
    long heardSeconds = (audio.audioMillis() + 999) / 1000;
    send(events.transcription(TranscriptScript.words(0, heardSeconds), true, clock.millis()));
    send(events.stopped(Json.object()
        .put("call_id", callId)
        .put("frames_received", framesReceived)
        .put("bytes_received", audio.totalBytes())
        .put("frames_sent", framesSent)
        .put("marks_received", marksReceived)
        .put("dtmf_received", dtmfReceived)
        .put("audio_ms", audio.audioMillis())));
    close(WebSocketCloseStatus.NORMAL_CLOSURE.code(), "Stream stopped");
  }

  private void violation(String code, String message) {
    send(events.error(code, message));
    close(WebSocketCloseStatus.POLICY_VIOLATION.code(), message);
  }
}
