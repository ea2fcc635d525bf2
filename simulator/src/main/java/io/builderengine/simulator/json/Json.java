package io.builderengine.simulator.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper of the simulator. Java records become the platform's snake_case JSON
 * ({@code ownerId} is written {@code owner_id}). ObjectMapper is thread-safe once configured.
 */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private Json() {
  }

  /** UTF-8 JSON of a value; the simulator's own types always serialize. */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses JSON text.
   *
   * @throws JsonProcessingException when the text is not JSON
   */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /**
   * Parses UTF-8 JSON bytes.
   *
   * @throws IOException when the bytes are not JSON
   */
  public static JsonNode parse(byte[] utf8) throws IOException {
    return MAPPER.readTree(utf8);
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A value as a JSON tree, e.g. to add fields to a record's JSON. */
  public static ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
