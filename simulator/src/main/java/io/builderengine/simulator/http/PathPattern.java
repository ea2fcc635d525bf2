package io.builderengine.simulator.http;

import java.util.HashMap;
import java.util.Map;

/**
 * A route path such as {@code /api/v1/calls/{call_id}/end}: literal segments and named
 * placeholders that match one non-empty segment each.
 */
final class PathPattern {

  private final String pattern;
  private final String[] segments;

  private PathPattern(String pattern) {
    this.pattern = pattern;
    this.segments = split(pattern);
  }

  static PathPattern of(String pattern) {
    return new PathPattern(pattern);
  }

  /** Whether the pattern has no placeholders, i.e. matches exactly one path. */
  boolean isLiteral() {
    for (String segment : segments) {
      if (isPlaceholder(segment)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A path's segments as {@link #match} expects them. A trailing slash makes an empty last
   * segment, so {@code /api/v1/agents/} matches no route, as with literal paths.
   */
  static String[] split(String path) {
    return path.split("/", -1);
  }

  /** The placeholder values if the path's segments match, else null. */
  Map<String, String> match(String[] pathSegments) {
    if (pathSegments.length != segments.length) {
      return null;
    }
    Map<String, String> params = null;
    for (int i = 0; i < segments.length; i++) {
      String expected = segments[i];
      String actual = pathSegments[i];
      if (isPlaceholder(expected)) {
        if (actual.isEmpty()) {
          return null;
        }
        if (params == null) {
          params = new HashMap<>(4);
        }
        params.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return params == null ? Map.of() : params;
  }

  private static boolean isPlaceholder(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public String toString() {
    return pattern;
  }
}
