package io.builderengine.simulator.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.json.Timestamps;

/**
 * The messages the simulator sends on a media stream, in Twilio Media Streams shape: each carries
 * {@code event}, the server's own {@code sequenceNumber} (a string counting from 1) and
 * {@code streamSid}. Not thread-safe: one per stream, on its event loop.
 */
final class MediaStreamEvents {

  private long lastSequenceNumber;
  private String streamSid;

  /** The stream's sid, once the client's {@code start} told it. */
  void streamSid(String sid) {
    this.streamSid = sid;
  }

  /** An outbound audio frame: echoes the inbound frame's chunk, timestamp and payload. */
  String media(String chunk, String timestamp, String payload) {
    ObjectNode media = Json.object().put("track", "outbound").put("chunk", chunk)
        .put("timestamp", timestamp).put("payload", payload);
    return event("media", "media", media);
  }

  /** The answer to a client's mark: the same name, sent back once the audio before it played. */
  String mark(String name) {
    return event("mark", "mark", Json.object().put("name", name));
  }

  /** {@code {"event":"transcription",...,"transcription":{"text","is_final","confidence"}}}. */
  String transcription(String text, boolean isFinal, long nowMillis) {
    ObjectNode message = envelope("transcription");
    message.set("transcription", TranscriptScript.transcription(text, isFinal));
    return message.put("timestamp", Timestamps.iso(nowMillis)).toString();
  }

  /** The stream's counters, sent after the final transcription and before close 1000. */
  String stopped(ObjectNode counters) {
    return event("stopped", "stopped", counters);
  }

  /** A protocol error, sent before close 1008. */
  String error(String code, String message) {
    return event("error", "error", Json.object().put("code", code).put("message", message));
  }

  private String event(String event, String bodyField, ObjectNode body) {
    ObjectNode message = envelope(event);
    message.set(bodyField, body);
    return message.toString();
  }

  private ObjectNode envelope(String event) {
    ObjectNode message = Json.object().put("event", event)
        .put("sequenceNumber", Long.toString(++lastSequenceNumber));
    return streamSid == null ? message.putNull("streamSid") : message.put("streamSid", streamSid);
  }
}
