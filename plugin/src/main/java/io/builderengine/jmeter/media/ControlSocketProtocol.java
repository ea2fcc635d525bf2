package io.builderengine.jmeter.media;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The control socket: each frame is {@code {"type":"ping","timestamp":<epoch ms>,"user_id":...,
 * "sequence":N}}, as the old load suite sent it, and the server answers each with a {@code pong}
 * whose data echoes {@code sequence} and the timestamp (as {@code client_timestamp}). Nothing is
 * sent before the first ping, and the client ends the socket with close 1000. Builders: sending
 * thread only; readers: stateless.
 */
final class ControlSocketProtocol implements StreamProtocol {

  private static final long MICROS_PER_MILLI = 1_000;

  private final String userId =
      String.format("loadtest-%08x", ThreadLocalRandom.current().nextInt());
  private final int frameMillis;
  private final StringBuilder text = new StringBuilder(128);

  ControlSocketProtocol(int frameMillis) {
    this.frameMillis = frameMillis;
  }

  @Override
  public List<String> greeting() {
    return List.of();
  }

  @Override
  public CharSequence frameMessage(byte[] frame, long frameNumber, long streamMillis) {
    text.setLength(0);
    return text.append("{\"type\":\"ping\",\"timestamp\":").append(System.currentTimeMillis())
        .append(",\"user_id\":\"").append(userId).append("\",\"sequence\":").append(frameNumber)
        .append('}');
  }

  @Override
  public String stopMessage() {
    return null;
  }

  @Override
  public boolean isAnswer(String message) {
    return JsonScan.hasString(message, "type", "pong");
  }

  @Override
  public long answerSenderMicros(String message) {
    long millis = JsonScan.longValue(message, "client_timestamp", 0);
    return millis == JsonScan.ABSENT ? NONE : millis * MICROS_PER_MILLI;
  }

  @Override
  public long answerSequence(String message) {
    long sequence = JsonScan.longValue(message, "sequence", 0);
    return sequence == JsonScan.ABSENT ? NONE : sequence;
  }

  @Override
  public long answerIntervalMicros() {
    return frameMillis * MICROS_PER_MILLI;
  }

  @Override
  public String errorIn(String message) {
    return JsonScan.hasString(message, "type", "error")
        ? JsonScan.stringValue(message, "message", 0) : null;
  }
}
