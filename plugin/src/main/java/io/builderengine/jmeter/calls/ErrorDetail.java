package io.builderengine.jmeter.calls;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The reason an error answer gives, for "HTTP 404: Call not found". The platform answers
 * {@code {"detail":"..."}}, or FastAPI's validation list {@code {"detail":[{"loc","msg"}]}}; anything
 * else is shown as its first line. Stateless and thread-safe.
 */
final class ErrorDetail {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Enough to recognise an HTML error page or a proxy's message, short enough for a listener. */
  private static final int MAX_RAW_CHARS = 200;

  private ErrorDetail() {
  }

  /**
   * @param body the (bounded) response body
   * @param reasonPhrase the status line's reason, used when the body says nothing
   */
  static String of(String body, String reasonPhrase) {
    JsonNode detail = detailOf(body);
    if (detail != null && detail.isTextual()) {
      return detail.asText();
    }
    if (detail != null && detail.isArray()) {
      return validationErrors(detail);
    }
    if (!body.isBlank()) {
      String firstLine = body.strip().lines().findFirst().orElse("");
      return firstLine.length() <= MAX_RAW_CHARS ? firstLine : firstLine.substring(0, MAX_RAW_CHARS) + "...";
    }
    return reasonPhrase == null || reasonPhrase.isBlank() ? "no reason given" : reasonPhrase;
  }

  private static JsonNode detailOf(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root != null && root.isObject() ? root.get("detail") : null;
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  /** "Field required (body.agent_id)" for each entry, joined with "; ". */
  private static String validationErrors(JsonNode list) {
    List<String> errors = new ArrayList<>();
    for (JsonNode error : list) {
      List<String> location = new ArrayList<>();
      error.path("loc").forEach(part -> location.add(part.asText()));
      String message = error.path("msg").asText(error.toString());
      errors.add(location.isEmpty() ? message : message + " (" + String.join(".", location) + ")");
    }
    return String.join("; ", errors);
  }
}
