package io.builderengine.simulator.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TranscriptScriptTest {

  @Test
  void threeWordsPerSecondContinuingTheScript() {
    assertThat(TranscriptScript.words(0, 1)).isEqualTo("hi I am");
    assertThat(TranscriptScript.words(1, 1)).isEqualTo("calling about my");
    assertThat(TranscriptScript.words(0, 2)).isEqualTo("hi I am calling about my");
    assertThat(TranscriptScript.words(0, 0)).isEmpty();
  }

  @Test
  void audioMeterReportsEachCompletedSecond() {
    AudioMeter meter = new AudioMeter(8_000);

    assertThat(meter.add(7_999)).isZero();
    assertThat(meter.add(1)).isEqualTo(1);
    assertThat(meter.add(16_000)).isEqualTo(2);
    assertThat(meter.audioMillis()).isEqualTo(3_000);
  }

  @Test
  void closeReasonsAreCutToWhatACloseFrameCarries() {
    String fitted = WebSocketEndpointHandler.fitCloseReason("é".repeat(100));

    assertThat(fitted.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(123);
    assertThat(WebSocketEndpointHandler.fitCloseReason("short")).isEqualTo("short");
  }
}
