package io.builderengine.jmeter.config.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One mapping of the file whose keys have been checked: no key twice, and, for a
 * {@link ConfigKeys.Section}, none outside the section (with a did-you-mean). Hands out the values by
 * key, and says which required key is missing and where.
 *
 * <p>Immutable and thread-safe.
 */
final class ConfigMapping {

  private final String path;
  private final YamlSource source;
  /** The key line that opens this mapping, where a missing key is reported. */
  private final Node opening;
  /** Null for a mapping of names the user chooses (profiles). */
  private final ConfigKeys.Section section;
  private final Map<String, NodeTuple> entries;

  private ConfigMapping(String path, YamlSource source, Node opening, ConfigKeys.Section section,
      Map<String, NodeTuple> entries) {
    this.path = path;
    this.source = source;
    this.opening = opening;
    this.section = section;
    this.entries = entries;
  }

  /**
   * @param opening the key that opens the mapping, or the mapping itself at the top level
   * @param section the allowed keys, or null for any keys
   * @throws ConfigException when the value is not a mapping, or a key is repeated, not a name, or unknown
   */
  static ConfigMapping of(YamlValue value, Node opening, ConfigKeys.Section section) {
    MappingNode mapping = value.mappingNode();
    ConfigMapping checked = new ConfigMapping(value.path(), value.source(), opening, section,
        new LinkedHashMap<>());
    for (NodeTuple entry : mapping.getValue()) {
      checked.add(entry);
    }
    return checked;
  }

  /** The value of a key that may be left out or empty. */
  Optional<YamlValue> optional(String key) {
    return Optional.ofNullable(entries.get(declared(key))).map(entry -> value(key, entry))
        .filter(value -> !value.isNull());
  }

  /** The value of a key that must be there (an empty value then fails as the wrong type). */
  YamlValue required(String key) {
    NodeTuple entry = entries.get(declared(key));
    if (entry == null) {
      throw error("missing required key '" + key + "' " + where());
    }
    return value(key, entry);
  }

  /** An optional mapping; when left out, an empty one, so each of its keys takes its default. */
  ConfigMapping section(String key, ConfigKeys.Section childSection) {
    Optional<YamlValue> value = optional(key);
    if (value.isEmpty()) {
      return new ConfigMapping(childPath(key), source, opening, childSection, Map.of());
    }
    return of(value.get(), entries.get(key).getKeyNode(), childSection);
  }

  /** A required mapping. */
  ConfigMapping requiredSection(String key, ConfigKeys.Section childSection) {
    return of(required(key), entries.get(key).getKeyNode(), childSection);
  }

  /** Every entry, in the file's order, for a mapping of names the user chooses. */
  Map<String, YamlValue> entries() {
    Map<String, YamlValue> values = new LinkedHashMap<>();
    entries.forEach((key, entry) -> values.put(key, value(key, entry)));
    return values;
  }

  /** The key that opens the entry, e.g. {@code smoke:}, for messages about the entry as a whole. */
  Node keyNode(String key) {
    return entries.get(key).getKeyNode();
  }

  String path() {
    return path;
  }

  /** A problem with the mapping as a whole, reported at the key that opens it. */
  ConfigException error(String problem) {
    return source.error(opening, problem);
  }

  private void add(NodeTuple entry) {
    Node keyNode = entry.getKeyNode();
    if (!(keyNode instanceof ScalarNode)) {
      throw source.error(keyNode, "a key " + where() + " is a mapping or a list; keys are names");
    }
    String key = ((ScalarNode) keyNode).getValue();
    NodeTuple first = entries.get(key);
    if (first != null) {
      throw source.error(keyNode, "duplicate key '" + key + "' " + where() + " (first on line "
          + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
    }
    if (section != null && !section.keys().contains(key)) {
      throw source.error(keyNode, "unknown key '" + key + "' " + where() + "; "
          + KeySuggestion.hint(key, section.keys()));
    }
    entries.put(key, entry);
  }

  private YamlValue value(String key, NodeTuple entry) {
    return new YamlValue(entry.getValueNode(), childPath(key), source);
  }

  private String declared(String key) {
    if (section != null && !section.keys().contains(key)) {
      throw new IllegalStateException("'" + key + "' is not a key of " + section.pattern() + " in ConfigKeys");
    }
    return key;
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String where() {
    return path.isEmpty() ? "at the top level" : "in " + path;
  }
}
