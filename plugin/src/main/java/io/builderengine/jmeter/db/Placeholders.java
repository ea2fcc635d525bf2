package io.builderengine.jmeter.db;

/**
 * Counts JDBC {@code ?} placeholders outside quoted text and comments, so parameters can be bound
 * without asking the server to describe the statement (an extra round trip inside the timing).
 * Stateless and thread-safe.
 */
final class Placeholders {

  private Placeholders() {
  }

  static int count(String sql) {
    int count = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        i = sql.indexOf(c, i + 1);
        if (i < 0) {
          break;
        }
      } else if (c == '-' && sql.startsWith("--", i)) {
        i = sql.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      } else if (c == '?') {
        count++;
      }
      i++;
    }
    return count;
  }
}
