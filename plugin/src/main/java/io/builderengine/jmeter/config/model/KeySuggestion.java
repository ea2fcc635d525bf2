package io.builderengine.jmeter.config.model;

import java.util.List;
import java.util.Locale;

/**
 * The hint after an unknown key: the allowed key the user most likely meant, or the list of allowed
 * keys when none is close.
 *
 * <p>Stateless and thread-safe.
 */
final class KeySuggestion {

  /** Two edits catch a doubled or dropped letter, a swap and a dash for an underscore, and little else. */
  static final int MAX_EDITS = 2;

  private KeySuggestion() {
  }

  /** {@code "did you mean 'concurrent_users'?"} or {@code "allowed keys: a, b, c"}. */
  static String hint(String unknown, List<String> allowed) {
    String closest = null;
    int closestEdits = MAX_EDITS + 1;
    for (String candidate : allowed) {
      int edits = edits(unknown.toLowerCase(Locale.ROOT), candidate);
      if (edits < closestEdits) {
        closest = candidate;
        closestEdits = edits;
      }
    }
    return closest != null ? "did you mean '" + closest + "'?" : "allowed keys: " + String.join(", ", allowed);
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
   * neighbours each count 1 (a swap is the commonest typo, which plain Levenshtein counts as 2).
   */
  static int edits(String from, String to) {
    int[][] distance = new int[from.length() + 1][to.length() + 1];
    for (int i = 0; i <= from.length(); i++) {
      distance[i][0] = i;
    }
    for (int j = 0; j <= to.length(); j++) {
      distance[0][j] = j;
    }
    for (int i = 1; i <= from.length(); i++) {
      for (int j = 1; j <= to.length(); j++) {
        int substitution = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
            distance[i - 1][j - 1] + substitution);
        if (i > 1 && j > 1 && from.charAt(i - 1) == to.charAt(j - 2) && from.charAt(i - 2) == to.charAt(j - 1)) {
          best = Math.min(best, distance[i - 2][j - 2] + 1);
        }
        distance[i][j] = best;
      }
    }
    return distance[from.length()][to.length()];
  }
}
