package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallIdsTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"call_0123456789ab\",\"status\":\"initiated\",\"metadata\":{\"id\":\"inner\"}}",
      "{\"status\":\"initiated\",\"call_id\":\"call_x\"}",
      "{\"id\":\"\",\"call_id\":\"call_x\"}",
      "{\"id\":null,\"call_id\":\"call_x\"}",
      "{\"id\":{\"nested\":\"call_y\"},\"call_id\":\"call_x\"}",
      "{\"id\":[\"call_y\"],\"call_id\":\"call_x\"}",
      "{\"id\":42}",
      "{\"id\":-0}",
      "{\"id\":12345678901234567890123}",
      "{\"id\":1.50}",
      "{\"id\":1e3}",
      "{\"id\":true}",
      "{\"id\":\"first\",\"id\":\"second\"}",
      "{\"id\":\"first\",\"id\":null,\"call_id\":\"call_x\"}",
      "{\"id\":\"caf\\u00e9 \\\"quoted\\\"\"}",
      "{\"id\":\"call_x\"} trailing",
      "{\"id\":\"call_x\",",
      "{\"id\":\"call_x\" \"status\":1}",
      "[{\"id\":\"call_x\"}]",
      "\"call_x\"",
      "",
      "   ",
      "<html>Bad gateway</html>",
      "{}"})
  void readsTheIdAsTheJsonTreeDid(String body) {
    assertThat(CallIds.of(body)).as("call id of %s", body).isEqualTo(treeCallId(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":\"call_0123456789ab\"}", "{\"call_id\":\"call_0123456789ab\",\"id\":\"\"}"})
  void findsTheIdOfAnAnswer(String body) {
    assertThat(CallIds.of(body)).isEqualTo("call_0123456789ab");
  }

  /** The former reading: a whole tree, then "id" or else "call_id" as text. */
  private static String treeCallId(String body) {
    try {
      JsonNode call = TREE.readTree(body);
      if (call == null) {
        return "";
      }
      String id = call.path("id").asText("");
      return id.isEmpty() ? call.path("call_id").asText("") : id;
    } catch (JsonProcessingException notJson) {
      return "";
    }
  }
}
