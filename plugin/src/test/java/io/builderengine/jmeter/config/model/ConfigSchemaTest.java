package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * profiles/config.schema.json (what editors complete and check) and {@link ConfigKeys} (what the
 * loader accepts) list the same keys, require the same ones, and allow the same report formats.
 * Keys are compared as paths: {@code profiles.*.concurrent_users}, {@code scenarios[].name}.
 */
class ConfigSchemaTest {

  private static final Path SCHEMA = Path.of("../profiles/config.schema.json");

  private static JsonNode schema;

  @BeforeAll
  static void parse() throws IOException {
    schema = new ObjectMapper().readTree(SCHEMA.toFile());
  }

  @Test
  void isDraft202012AndClosed() {
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void listsExactlyTheKeysTheLoaderAccepts() {
    TreeSet<String> schemaKeys = new TreeSet<>();
    TreeSet<String> schemaRequired = new TreeSet<>();
    walk(schema, "", schemaKeys, schemaRequired);

    TreeSet<String> loaderKeys = new TreeSet<>();
    TreeSet<String> loaderRequired = new TreeSet<>();
    for (ConfigKeys.Section section : ConfigKeys.ALL) {
      String pattern = section.pattern();
      String prefix = pattern.isEmpty() || pattern.endsWith("[]") ? pattern : pattern + ".";
      section.keys().forEach(key -> loaderKeys.add(prefix + key));
      section.required().forEach(key -> loaderRequired.add(prefix + key));
    }
    assertThat(loaderKeys).as("keys in the schema (left) and the loader (right)").hasSizeGreaterThan(30);
    assertThat(schemaKeys).isEqualTo(loaderKeys);
    assertThat(schemaRequired).isEqualTo(loaderRequired);
  }

  @Test
  void everyKeyIsDescribedForEditors() {
    List<String> undescribed = new ArrayList<>();
    collectUndescribed(schema, "", undescribed);
    assertThat(undescribed).isEmpty();
  }

  @Test
  void allowsTheLoadersReportFormats() {
    JsonNode formats = schema.at("/properties/output/properties/formats/items/enum");
    List<String> listed = new ArrayList<>();
    formats.forEach(format -> listed.add(format.asText()));
    assertThat(listed).isEqualTo(ConfigKeys.OUTPUT_FORMATS);
  }

  @Test
  void theShippedConfigNamesTheSchemaForEditorsAndLoads() throws IOException {
    assertThat(Files.readAllLines(ConfigFixture.SHIPPED).get(0))
        .isEqualTo("# yaml-language-server: $schema=config.schema.json");
    assertThat(ConfigLoader.load(ConfigFixture.SHIPPED, Map.of()).profiles()).hasSize(8);
  }

  /** Adds {@code path.key} for each property, {@code path.*} for a map of names, {@code path[]} for list items. */
  private static void walk(JsonNode node, String path, TreeSet<String> keys, TreeSet<String> required) {
    JsonNode resolved = resolve(node);
    String prefix = path.isEmpty() || path.endsWith("[]") ? path : path + ".";
    resolved.path("required").forEach(key -> required.add(prefix + key.asText()));
    resolved.path("properties").fields().forEachRemaining(property -> {
      keys.add(prefix + property.getKey());
      walk(property.getValue(), prefix + property.getKey(), keys, required);
    });
    if (resolved.path("additionalProperties").isObject()) {
      walk(resolved.get("additionalProperties"), prefix + "*", keys, required);
    }
    if (resolved.path("items").isObject()) {
      walk(resolved.get("items"), path + "[]", keys, required);
    }
  }

  private static void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
    JsonNode resolved = resolve(node);
    resolved.path("properties").fields().forEachRemaining(property -> {
      if (!property.getValue().hasNonNull("description")) {
        undescribed.add(path + property.getKey());
      }
      collectUndescribed(property.getValue(), path + property.getKey() + ".", undescribed);
    });
    if (resolved.path("additionalProperties").isObject()) {
      collectUndescribed(resolved.get("additionalProperties"), path + "*.", undescribed);
    }
    if (resolved.path("items").isObject()) {
      collectUndescribed(resolved.get("items"), path + "[].", undescribed);
    }
  }

  /** Follows a local {@code $ref} such as {@code #/$defs/profile}. */
  private static JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : schema.at(ref.asText().substring(1));
  }
}
