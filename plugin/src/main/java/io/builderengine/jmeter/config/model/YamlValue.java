package io.builderengine.jmeter.config.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One value of the file, at a key path such as {@code profiles.smoke.concurrent_users}, read as the
 * type its key wants. A scalar's {@code ${VAR}}s are substituted first, here on the parsed node, so
 * the line and column of any error are those of the file; an unquoted result is then typed as if it
 * had been written there ({@code users: ${USERS:-5}} is a number), a quoted one stays text.
 *
 * <p>Immutable and thread-safe (reads an immutable node tree).
 */
final class YamlValue {

  /** YAML 1.1's implicit types, as SnakeYAML resolved them when it parsed the file. Only read after construction. */
  private static final Resolver RESOLVER = new Resolver();
  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9][0-9_]*");
  private static final int SHOWN_CHARS = 60;

  private final Node node;
  private final String path;
  private final YamlSource source;

  YamlValue(Node node, String path, YamlSource source) {
    this.node = node;
    this.path = path;
    this.source = source;
  }

  Node node() {
    return node;
  }

  String path() {
    return path;
  }

  YamlSource source() {
    return source;
  }

  /** An unquoted empty value, {@code ~} or {@code null}, after substitution: absent for an optional key. */
  boolean isNull() {
    return node instanceof ScalarNode && implicitTag(scalarText()).equals(Tag.NULL);
  }

  int wholeNumber(NumberRule rule) {
    return (int) number(rule);
  }

  double number(NumberRule rule) {
    double value = Double.NaN;
    if (node instanceof ScalarNode) {
      value = parseNumber(scalarText());
    }
    if (!rule.accepts(value)) {
      throw mismatch(rule.wording());
    }
    return value;
  }

  boolean flag() {
    String text = node instanceof ScalarNode ? scalarText() : "";
    if (!implicitTag(text).equals(Tag.BOOL)) {
      throw mismatch("true or false");
    }
    return TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
  }

  /** Any scalar as written, after substitution; "" for an empty value. */
  String text() {
    if (!(node instanceof ScalarNode)) {
      throw mismatch("text");
    }
    String text = scalarText();
    return implicitTag(text).equals(Tag.NULL) ? "" : text;
  }

  /** Like {@link #text()}; no message shows the value, not even a mismatch's. */
  Secret secret() {
    return Secret.of(text());
  }

  /** The URL without trailing slashes. */
  String url(UrlRule rule) {
    String text = text();
    return rule.check(text).orElseThrow(() -> source.error(node,
        path + " must be " + rule.wording() + ", not " + describe(UrlRedaction.redact(text))));
  }

  /** A list whose items are each read as {@link #text()}. */
  List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (YamlValue item : items()) {
      texts.add(item.text());
    }
    return texts;
  }

  List<YamlValue> items() {
    if (!(node instanceof SequenceNode)) {
      throw mismatch("a list");
    }
    List<Node> nodes = ((SequenceNode) node).getValue();
    List<YamlValue> items = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      items.add(new YamlValue(nodes.get(i), path + "[" + i + "]", source));
    }
    return items;
  }

  MappingNode mappingNode() {
    if (!(node instanceof MappingNode)) {
      throw mismatch("a mapping of keys");
    }
    return (MappingNode) node;
  }

  ConfigException error(String problem) {
    return source.error(node, problem);
  }

  private ConfigException mismatch(String expected) {
    String shown = node instanceof ScalarNode ? describe(scalarText()) : describeCollection();
    return error(path + " must be " + expected + ", not " + shown);
  }

  private String scalarText() {
    return VariableSubstitution.substitute(((ScalarNode) node).getValue(), source.environment(), source.at(node));
  }

  /** Quoted scalars are text whatever they hold. */
  private Tag implicitTag(String text) {
    return node instanceof ScalarNode && ((ScalarNode) node).isPlain()
        ? RESOLVER.resolve(NodeId.scalar, text, true)
        : Tag.STR;
  }

  /** NaN unless an unquoted decimal YAML number; YAML 1.1's octal, hex, base 60 and .inf are not taken. */
  private double parseNumber(String text) {
    Tag tag = implicitTag(text);
    String digits = text.replace("_", "");
    if (tag.equals(Tag.INT) && DECIMAL_INT.matcher(text).matches()) {
      return new BigDecimal(digits).doubleValue();
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(digits);
      } catch (NumberFormatException notDecimal) {
        return Double.NaN; // .inf, .nan, 1:30.5
      }
    }
    return Double.NaN;
  }

  /** The value for a message: {@code 5.5}, {@code 'five'}, {@code the string "5" (remove the quotes)}. */
  private String describe(String text) {
    String shown = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    String description;
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = implicitTag(text);
    if (tag.equals(Tag.NULL)) {
      description = "empty";
    } else if (!scalar.isPlain()) {
      Tag unquoted = RESOLVER.resolve(NodeId.scalar, text, true);
      description = "the string \"" + shown + "\""
          + (unquoted.equals(Tag.STR) ? "" : " (remove the quotes)");
    } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      description = shown;
    } else {
      description = "'" + shown + "'";
    }
    String raw = scalar.getValue();
    return VariableSubstitution.hasReferences(raw) ? description + " (from " + raw + ")" : description;
  }

  private String describeCollection() {
    return node instanceof MappingNode ? "a mapping" : "a list";
  }
}
