package io.builderengine.simulator.fault;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Fault settings as the admin endpoint shows and changes them: snake_case JSON fields. */
public final class FaultSettingsJson {

  private FaultSettingsJson() {
  }

  /** Every field by its JSON name, in {@link FaultField#ALL} order. */
  public static Map<String, Object> toMap(FaultSettings settings) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (FaultField<?> field : FaultField.ALL) {
      json.put(field.jsonName(), field.get(settings));
    }
    return json;
  }

  /**
   * Applies a partial update: only the fields present change.
   *
   * @throws IllegalArgumentException naming the first unknown field or rejected value, or the
   *     combination that {@link FaultSettings#validate()} refuses
   */
  public static FaultSettings applyUpdate(FaultSettings current, JsonNode update) {
    if (update == null || !update.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object of fault fields, e.g. "
          + "{\"error_rate\":0.1}; fields: " + fieldNames());
    }
    FaultSettings result = current;
    for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      FaultField<?> field = FaultField.byJsonName(entry.getKey())
          .orElseThrow(() -> new IllegalArgumentException("unknown field '" + entry.getKey()
              + "'; fields: " + fieldNames()));
      try {
        result = field.withText(result, text(entry.getValue()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(field.jsonName() + " " + e.getMessage(), e);
      }
    }
    return result.validate();
  }

  /** Scalars as their text; anything else as JSON, which no field type accepts. */
  private static String text(JsonNode value) {
    return value.isContainerNode() || value.isNull() ? value.toString() : value.asText();
  }

  private static String fieldNames() {
    return FaultField.ALL.stream().map(FaultField::jsonName).collect(Collectors.joining(", "));
  }
}
