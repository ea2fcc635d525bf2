package io.builderengine.jmeter.config.model;

import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The file being read, as messages name it, and the environment its {@code ${VAR}}s come from.
 *
 * <p>Immutable and thread-safe as long as the environment map is not changed.
 *
 * @param name the path as the user gave it
 */
record YamlSource(String name, Map<String, String> environment) {

  /** {@code file:line:column} of where the node starts, counting from 1 as editors do. */
  String at(Node node) {
    return at(node.getStartMark());
  }

  String at(Mark mark) {
    return name + ":" + lineAndColumn(mark);
  }

  /** {@code line:column}, counting from 1. */
  static String lineAndColumn(Mark mark) {
    // SnakeYAML counts lines and columns from 0.
    return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  /**
   * The one-line message of a problem at {@code node}. A value it quotes may span lines (blank lines
   * in plain text, {@code |}, {@code "\n"}): its line breaks are shown as {@code \n}.
   */
  ConfigException error(Node node, String problem) {
    return new ConfigException(at(node) + ": " + problem.replace("\r", "\\r").replace("\n", "\\n"));
  }
}
