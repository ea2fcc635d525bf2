package io.builderengine.jmeter.config.model;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in one scalar's text with environment
 * variables, as a POSIX shell does: the default stands in when the variable is unset or empty; a
 * variable without a default must be set (empty is allowed).
 * Several may appear in one text; {@code $${} writes a literal {@code ${}. The result is not scanned
 * again, so a value holding {@code ${...}} stays as it is.
 *
 * <p>Stateless and thread-safe.
 */
final class VariableSubstitution {

  /** {@code $${...}}, a literal; or {@code ${NAME}} / {@code ${NAME:-default}}; or a {@code ${} that is neither. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}|\\$\\{");

  private VariableSubstitution() {
  }

  /** Whether the text has anything to substitute or unescape. */
  static boolean hasReferences(String text) {
    return text.contains("${");
  }

  /**
   * @param where the scalar's {@code file:line:column}, for the message
   * @throws ConfigException naming the variable, never its value, when one is unset and has no
   *     default, or a {@code ${} is not a well-formed reference
   */
  static String substitute(String text, Map<String, String> environment, String where) {
    if (!hasReferences(text)) {
      return text;
    }
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder result = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(result, Matcher.quoteReplacement(replacement(matcher, environment, where)));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String replacement(Matcher reference, Map<String, String> environment, String where) {
    if (reference.group().equals("$${")) {
      return "${";
    }
    String name = reference.group(1);
    if (name == null) {
      throw new ConfigException(where + ": a ${ that is not ${NAME} or ${NAME:-default} (NAME of letters, digits"
          + " and _, then a closing }); write $${ for a literal ${");
    }
    String value = environment.get(name);
    String defaultValue = reference.group(2);
    if (defaultValue != null && (value == null || value.isEmpty())) {
      return defaultValue;
    }
    if (value != null) {
      return value; // set but empty, no default: empty, as in a shell
    }
    throw new ConfigException(where + ": ${" + name + "} is not set and has no default; set it or write ${"
        + name + ":-value}");
  }
}
