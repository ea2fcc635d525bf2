package io.builderengine.jmeter.calls;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The call id in the platform's answer to {@code POST /api/v1/calls}: the top-level {@code id}, or
 * {@code call_id} when {@code id} is missing or empty. Read with Jackson's streaming parser, because
 * every call's initiate answer passes through here and a tree would be built only to read one field;
 * the result is what {@code readTree(body).path("id").asText("")} gives (numbers and booleans as
 * their text, null and objects as empty, the last of duplicate keys). Stateless and thread-safe.
 */
final class CallIds {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CallIds() {
  }

  /** @return the id, or "" when the body is not a JSON object or names no usable id */
  static String of(String responseBody) {
    String id = "";
    String callId = "";
    try (JsonParser json = FACTORY.createParser(responseBody)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      // The parser checks the whole object (a malformed or cut answer throws), as the tree did.
      for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("id")) {
          id = textOf(json, value);
        } else if (field.equals("call_id")) {
          callId = textOf(json, value);
        } else {
          json.skipChildren();
        }
      }
    } catch (IOException notJson) {
      return "";
    }
    return id.isEmpty() ? callId : id;
  }

  /** A value as JsonNode.asText("") shows it; an object or array is skipped and shows as "". */
  private static String textOf(JsonParser json, JsonToken value) throws IOException {
    switch (value) {
      case VALUE_STRING:
        return json.getText();
      case VALUE_NUMBER_INT:
        return json.getNumberValue().toString();
      case VALUE_NUMBER_FLOAT:
        return Double.toString(json.getDoubleValue());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        json.skipChildren();
        return "";
    }
  }
}
