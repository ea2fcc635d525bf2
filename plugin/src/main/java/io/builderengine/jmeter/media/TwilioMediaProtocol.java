package io.builderengine.jmeter.media;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Twilio Media Streams, the client side as Twilio plays it: {@code connected}, {@code start}
 * (with a fresh stream SID), one {@code media} event per frame, {@code stop}. Every event after
 * {@code connected} carries the next {@code sequenceNumber}, from "1"; numbers are strings, as
 * Twilio writes them. Builders: sending thread only; readers: stateless.
 */
final class TwilioMediaProtocol implements StreamProtocol {

  private static final long MICROS_PER_MILLI = 1_000;

  private final AudioEncoding encoding;
  private final String streamSid = sid("MZ");
  private final String accountSid = sid("AC");
  private final String callSid;
  private final int frameMillis;
  private final StringBuilder text = new StringBuilder(512);
  private final JsonText json;
  private long lastSequenceNumber;

  /** @param callSid announced in {@code start}; null is written as JSON null */
  TwilioMediaProtocol(AudioEncoding encoding, String callSid, int frameMillis) {
    this.encoding = encoding;
    this.callSid = callSid;
    this.frameMillis = frameMillis;
    this.json = new JsonText(encoding.bytesPerFrame(frameMillis));
  }

  /** "MZ" and 32 hex digits, as Twilio's stream SIDs. */
  String streamSid() {
    return streamSid;
  }

  @Override
  public List<String> greeting() {
    String connected = "{\"event\":\"connected\",\"protocol\":\"Call\",\"version\":\"1.0.0\"}";
    StringBuilder start = envelope(new StringBuilder(384), "start").append(",\"start\":{");
    start.append("\"accountSid\":\"").append(accountSid).append("\",\"streamSid\":\"")
        .append(streamSid).append("\",\"callSid\":");
    JsonText.appendString(start, callSid)
        .append(",\"tracks\":[\"inbound\"],\"customParameters\":{},\"mediaFormat\":{")
        .append("\"encoding\":\"").append(encoding.mimeType()).append("\",\"sampleRate\":")
        .append(encoding.sampleRateHz()).append(",\"channels\":1}}}");
    return List.of(connected, start.toString());
  }

  @Override
  public CharSequence frameMessage(byte[] frame, long frameNumber, long streamMillis) {
    text.setLength(0);
    envelope(text, "media").append(",\"media\":{\"track\":\"inbound\",\"chunk\":\"")
        .append(frameNumber).append("\",\"timestamp\":\"").append(streamMillis)
        .append("\",\"payload\":\"");
    json.appendBase64(text, frame);
    return text.append("\"}}");
  }

  @Override
  public String stopMessage() {
    StringBuilder stop = envelope(new StringBuilder(256), "stop").append(",\"stop\":{");
    stop.append("\"accountSid\":\"").append(accountSid).append("\",\"callSid\":");
    return JsonText.appendString(stop, callSid).append("}}").toString();
  }

  @Override
  public boolean isAnswer(String message) {
    return JsonScan.hasString(message, "event", "media");
  }

  @Override
  public long answerSenderMicros(String message) {
    int media = JsonScan.valueStart(message, "media", 0);
    long millis = media < 0 ? JsonScan.ABSENT : JsonScan.longValue(message, "timestamp", media);
    return millis == JsonScan.ABSENT ? NONE : millis * MICROS_PER_MILLI;
  }

  @Override
  public long answerSequence(String message) {
    return NONE; // the echo's chunk times the server's echo, not a ping: not reported
  }

  @Override
  public long answerIntervalMicros() {
    return frameMillis * MICROS_PER_MILLI;
  }

  @Override
  public String errorIn(String message) {
    if (!JsonScan.hasString(message, "event", "error")) {
      return null;
    }
    int error = Math.max(0, JsonScan.valueStart(message, "error", 0));
    return JsonScan.stringValue(message, "code", error) + ": "
        + JsonScan.stringValue(message, "message", error);
  }

  private StringBuilder envelope(StringBuilder out, String event) {
    return out.append("{\"event\":\"").append(event).append("\",\"sequenceNumber\":\"")
        .append(++lastSequenceNumber).append("\",\"streamSid\":\"").append(streamSid)
        .append('"');
  }

  private static String sid(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return prefix + String.format("%016x%016x", random.nextLong(), random.nextLong());
  }
}
