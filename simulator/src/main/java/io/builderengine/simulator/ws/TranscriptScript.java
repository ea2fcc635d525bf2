package io.builderengine.simulator.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.simulator.json.Json;
import java.util.StringJoiner;

/**
 * What the simulated speech recogniser "hears": a fixed caller script at three words per second
 * of audio, so that a given amount of audio always yields the same text.
 */
final class TranscriptScript {

  static final int WORDS_PER_SECOND = 3;
  static final double PARTIAL_CONFIDENCE = 0.85;
  static final double FINAL_CONFIDENCE = 0.95;

  private static final String[] WORDS = ("hi I am calling about my appointment next week could "
      + "we move it to thursday afternoon please and send me a text to confirm thank you")
      .split(" ");

  private TranscriptScript() {
  }

  /** The words spoken in {@code seconds} seconds of audio starting at second {@code from}. */
  static String words(long fromSecond, long seconds) {
    StringJoiner text = new StringJoiner(" ");
    long first = fromSecond * WORDS_PER_SECOND;
    for (long i = first; i < first + seconds * WORDS_PER_SECOND; i++) {
      text.add(WORDS[(int) (i % WORDS.length)]);
    }
    return text.toString();
  }

  /** {@code {"text","is_final","confidence"}}. */
  static ObjectNode transcription(String text, boolean isFinal) {
    return Json.object().put("text", text).put("is_final", isFinal)
        .put("confidence", isFinal ? FINAL_CONFIDENCE : PARTIAL_CONFIDENCE);
  }
}
