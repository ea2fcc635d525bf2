package io.builderengine.jmeter.media;

import java.util.List;

/**
 * The SDK stream: {@code {"action":"subscribe","events":[...]}} first, then one
 * {@code {"action":"audio","audio":"<base64 PCM16>"}} per frame; the client ends it with close
 * 1000. The server answers with {@code transcription.*} messages, one per second of audio on the
 * platform, and echoes no timestamp. Builders: sending thread only; readers: stateless.
 */
final class SdkStreamProtocol implements StreamProtocol {

  private static final String SUBSCRIBE = "{\"action\":\"subscribe\",\"events\":"
      + "[\"transcription.partial\",\"transcription.final\",\"call.ended\"]}";

  /** The platform sends a partial transcription for each second of audio. */
  private static final long ANSWER_INTERVAL_MICROS = 1_000_000;

  private final StringBuilder text = new StringBuilder(1024);
  private final JsonText json;
  private final int frameMillis;

  SdkStreamProtocol(AudioEncoding encoding, int frameMillis) {
    this.json = new JsonText(encoding.bytesPerFrame(frameMillis));
    this.frameMillis = frameMillis;
  }

  @Override
  public List<String> greeting() {
    return List.of(SUBSCRIBE);
  }

  @Override
  public CharSequence frameMessage(byte[] frame, long frameNumber, long streamMillis) {
    text.setLength(0);
    text.append("{\"action\":\"audio\",\"audio\":\"");
    json.appendBase64(text, frame);
    return text.append("\"}");
  }

  @Override
  public String stopMessage() {
    return null;
  }

  @Override
  public boolean isAnswer(String message) {
    return JsonScan.hasStringPrefix(message, "type", "transcription.");
  }

  @Override
  public long answerSenderMicros(String message) {
    return NONE;
  }

  @Override
  public long answerSequence(String message) {
    return NONE;
  }

  @Override
  public long answerIntervalMicros() {
    return ANSWER_INTERVAL_MICROS;
  }

  @Override
  public long expectedAnswers(long framesSent) {
    return framesSent * frameMillis * 1_000 / ANSWER_INTERVAL_MICROS; // one per whole second
  }

  @Override
  public String errorIn(String message) {
    return JsonScan.hasString(message, "type", "error")
        ? JsonScan.stringValue(message, "message", 0) : null;
  }
}
