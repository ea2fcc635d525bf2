package io.builderengine.jmeter.calls;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Request bodies as compact JSON objects, written field by field with Jackson's streaming generator:
 * the same text as building an {@code ObjectNode} and calling {@code toString()}, without the tree
 * and the per-call serializer set-up, which a call's hot path would pay on every initiate.
 * Stateless and thread-safe.
 */
final class JsonBodies {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int EXPECTED_BODY_CHARS = 160;

  /** Writes an object's fields; the braces around them are written for it. */
  @FunctionalInterface
  interface Fields {
    void writeTo(JsonGenerator json) throws IOException;
  }

  private JsonBodies() {
  }

  /** @return {@code {...}} with the fields, compact (no spaces), strings escaped as Jackson does */
  static String object(Fields fields) {
    StringWriter text = new StringWriter(EXPECTED_BODY_CHARS);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      fields.writeTo(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON into a String failed", e);
    }
    return text.toString();
  }
}
