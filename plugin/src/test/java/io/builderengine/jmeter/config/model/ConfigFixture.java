package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The small valid config the tests start from ({@code minimal-config.yaml} beside this class: open it
 * to count the lines and columns that expected messages name), and edits of it written to a file.
 */
final class ConfigFixture {

  /** The shipped file, seen from the plugin module, where Maven runs the tests. */
  static final Path SHIPPED = Path.of("../profiles/config.yaml");

  private ConfigFixture() {
  }

  static String minimal() {
    try (InputStream in = ConfigFixture.class.getResourceAsStream("minimal-config.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces text that must occur exactly once, so an edit cannot silently miss. */
  static String edit(String yaml, String text, String replacement) {
    assertThat(yaml.split(Pattern.quote(text), -1)).as("occurrences of %s", text).hasSize(2);
    return yaml.replace(text, replacement);
  }

  static Path write(Path directory, String yaml) {
    Path file = directory.resolve("config.yaml");
    try {
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
