package io.builderengine.simulator.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.json.Json;
import java.util.Optional;

/** Reads fields of JSON request bodies, with FastAPI's 422 answers for missing or wrong ones. */
final class JsonFields {

  private JsonFields() {
  }

  /** @throws ApiException 422 when absent, null or not a non-empty string */
  static String requiredString(JsonNode body, String field) {
    return optionalString(body, field).orElseThrow(
        () -> ApiException.unprocessable("missing", "Field required", "body", field));
  }

  /** @throws ApiException 422 when present but not a string */
  static Optional<String> optionalString(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw ApiException.unprocessable("string_type", "Input should be a non-empty string",
          "body", field);
    }
    return Optional.of(value.asText());
  }

  /** @throws ApiException 422 when present but not a boolean */
  static boolean optionalBoolean(JsonNode body, String field, boolean defaultValue) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    if (!value.isBoolean()) {
      throw ApiException.unprocessable("bool_type", "Input should be a valid boolean",
          "body", field);
    }
    return value.asBoolean();
  }

  /**
   * An object field, or an empty object when absent.
   *
   * @throws ApiException 422 when present but not an object
   */
  static JsonNode optionalObject(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Json.object();
    }
    if (!value.isObject()) {
      throw ApiException.unprocessable("dict_type", "Input should be a valid dictionary",
          "body", field);
    }
    return value;
  }
}
