package io.builderengine.jmeter.config.model;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the suite's config file ({@code profiles/config.yaml}, the old Python suite's format) into a
 * {@link SuiteConfig}, or fails with one {@link ConfigException} naming the file, line and column.
 *
 * <p>The file is parsed into SnakeYAML's node tree rather than into objects, so every value keeps its
 * position for messages, and {@code ${VAR}} is substituted in each scalar after parsing, so a value
 * cannot change the file's structure or shift a position.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigLoader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private ConfigLoader() {
  }

  /**
   * Reads the file, substitutes {@code ${VAR}} / {@code ${VAR:-default}} in scalar values from
   * {@code environment}, checks every key and type.
   *
   * @param file as the user gave it; messages name it so (a relative path stays relative)
   * @param environment where {@code ${VAR}} comes from, normally {@link System#getenv()}
   * @throws ConfigException for a missing or unreadable file, a YAML syntax error, or any value the
   *     suite cannot use
   */
  public static SuiteConfig load(Path file, Map<String, String> environment) {
    YamlSource source = new YamlSource(file.toString(), Map.copyOf(environment));
    Node root = parse(read(file), source);
    if (root == null) {
      throw new ConfigException(file + ": the file is empty; it needs at least target:, profiles: and thresholds:");
    }
    return SuiteConfigReader.read(file, root, source);
  }

  private static String read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    } catch (NoSuchFileException missing) {
      throw new ConfigException(file + ": no such file (looked in " + file.toAbsolutePath().normalize()
          + "); point at another with -Jconfig=PATH", missing);
    } catch (CharacterCodingException notUtf8) {
      throw new ConfigException(file + ": not UTF-8 text; save it as UTF-8", notUtf8);
    } catch (IOException unreadable) {
      throw new ConfigException(file + ": cannot be read (" + unreadable + "); point at another with -Jconfig=PATH",
          unreadable);
    }
  }

  private static Node parse(String text, YamlSource source) {
    try {
      return new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException syntax) {
      // Only the problem and its position: SnakeYAML's own message quotes the line, which may hold the key.
      Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
      String where = mark != null ? source.at(mark) : source.name();
      throw new ConfigException(oneLine(where + ": YAML syntax error: " + syntax.getProblem() + contextOf(syntax)));
    } catch (YAMLException other) {
      // Limits (aliases, nesting, size) and unreadable characters.
      throw new ConfigException(oneLine(source.name() + ": YAML error: " + other.getMessage()));
    }
  }

  /** E.g. " (while scanning a quoted scalar at 3:12)": what an "unexpected end of stream" was inside. */
  private static String contextOf(MarkedYAMLException syntax) {
    if (syntax.getContext() == null) {
      return "";
    }
    Mark mark = syntax.getContextMark();
    return " (" + syntax.getContext() + (mark != null ? " at " + YamlSource.lineAndColumn(mark) : "") + ")";
  }

  /** Messages are one line: a console or a JMeter log line shows all of it. */
  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
