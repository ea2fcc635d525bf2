package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonScanTest {

  private static final String ECHO = "{\"event\":\"media\",\"sequenceNumber\":\"3\",\"streamSid\":"
      + "\"MZ1\",\"media\":{\"track\":\"outbound\",\"chunk\":\"2\",\"timestamp\":\"40\","
      + "\"payload\":\"//8=\"}}";

  @Test
  void findsAKeyNotAValueThatSpellsIt() {
    int media = JsonScan.valueStart(ECHO, "media", 0);
    assertThat(ECHO.charAt(media)).isEqualTo('{');
    assertThat(JsonScan.hasString(ECHO, "event", "media")).isTrue();
    assertThat(JsonScan.hasString(ECHO, "event", "medi")).isFalse();
    assertThat(JsonScan.hasString(ECHO, "event", "mark")).isFalse();
    assertThat(JsonScan.hasString(ECHO, "missing", "media")).isFalse();
  }

  @Test
  void readsNumbersBareOrQuotedFromAnIndexOn() {
    assertThat(JsonScan.longValue(ECHO, "timestamp", JsonScan.valueStart(ECHO, "media", 0)))
        .isEqualTo(40);
    assertThat(JsonScan.longValue("{\"sequence\": -12 }", "sequence", 0)).isEqualTo(-12);
    assertThat(JsonScan.longValue("{\"timestamp\":\"2026-01-01T00:00:00Z\"}", "x", 0))
        .isEqualTo(JsonScan.ABSENT);
    assertThat(JsonScan.longValue("{\"text\":\"hello\"}", "text", 0)).isEqualTo(JsonScan.ABSENT);
    assertThat(JsonScan.longValue("{\"n\":12345678901234567890}", "n", 0))
        .as("too long for a long").isEqualTo(JsonScan.ABSENT);
  }

  @Test
  void toleratesSpacesAroundTheColon() {
    assertThat(JsonScan.hasString("{ \"type\" : \"pong\" }", "type", "pong")).isTrue();
    assertThat(JsonScan.hasStringPrefix("{\"type\": \"transcription.final\"}", "type",
        "transcription.")).isTrue();
  }

  @Test
  void unescapesStrings() {
    String json = "{\"error\":{\"code\":\"x\",\"message\":\"said \\\"hi\\\"\\n\\u00e9\\\\\"}}";
    assertThat(JsonScan.stringValue(json, "message", 0)).isEqualTo("said \"hi\"\n\u00e9\\");
    assertThat(JsonScan.stringValue(json, "error", 0)).as("not a string").isNull();
    assertThat(JsonScan.stringValue(json, "absent", 0)).isNull();
  }

  @Test
  void writesEscapedStrings() {
    StringBuilder out = new StringBuilder();
    JsonText.appendString(out, "a\"b\\c\n\u0001");
    assertThat(out).hasToString("\"a\\\"b\\\\c\\n\\u0001\"");
    assertThat(JsonText.appendString(new StringBuilder(), null)).hasToString("null");
  }
}
