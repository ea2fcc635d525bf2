package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorDetailTest {

  @Test
  void readsThePlatformsDetail() {
    assertThat(ErrorDetail.of("{\"detail\":\"Call not found\"}", "Not Found")).isEqualTo("Call not found");
  }

  @Test
  void listsFastApiValidationErrorsWithTheirLocation() {
    String body = "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"agent_id\"],\"msg\":\"Field required\"},"
        + "{\"type\":\"enum\",\"loc\":[\"body\",\"direction\"],\"msg\":\"Input should be 'inbound' or 'outbound'\"}]}";
    assertThat(ErrorDetail.of(body, "Unprocessable Entity"))
        .isEqualTo("Field required (body.agent_id); Input should be 'inbound' or 'outbound' (body.direction)");
  }

  @Test
  void showsTheFirstLineOfAnythingElse() {
    assertThat(ErrorDetail.of("<html>\n<body>502 Bad Gateway</body>\n</html>", "Bad Gateway"))
        .isEqualTo("<html>");
    assertThat(ErrorDetail.of("{\"error\":\"quota\"}", "Too Many Requests")).isEqualTo("{\"error\":\"quota\"}");
    assertThat(ErrorDetail.of("x".repeat(500), "Bad Gateway")).hasSize(203).endsWith("...");
  }

  @Test
  void fallsBackToTheReasonPhraseWhenTheBodyIsEmpty() {
    assertThat(ErrorDetail.of("", "Service Unavailable")).isEqualTo("Service Unavailable");
    assertThat(ErrorDetail.of("  ", "")).isEqualTo("no reason given");
  }
}
