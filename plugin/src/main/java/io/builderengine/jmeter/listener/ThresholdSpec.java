package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.thresholds.Metric;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the listener's threshold fields.
 *
 * <p>Overall: {@code key=value} pairs separated by commas or new lines, e.g.
 * {@code min_requests_per_second=8, max_error_rate=0}. Per label: one rule per line,
 * {@code <label glob> : key=value, key=value}, e.g. {@code POST /api/v1/calls* : max_p95_response_time_ms=800};
 * a glob matches step labels (sub-results, e.g. {@code Call - initiate}) as well as labels. Keys are
 * {@link Metric}'s: the config file's threshold keys, and the media-stream ones (e.g.
 * {@code Call - media stream : max_jitter_ms=30}), which fail as NOT_APPLICABLE on a label without
 * streams, and the pool one ({@code DB: * : max_connection_wait_p95_ms=50}), NOT_APPLICABLE on a label
 * without database samples. Blank lines and lines starting with # are ignored. The value {@code off}
 * switches off a limit the config file sets, e.g. {@code min_requests_per_second=off} for a plan whose
 * samples are whole calls rather than requests.
 */
final class ThresholdSpec {

  private static final String OFF = "off";
  /** How {@link #parseLimits} marks a limit switched off; {@link #withoutSwitchedOff} drops them. */
  private static final Double SWITCHED_OFF = Double.NaN;

  private ThresholdSpec() {
  }

  /** The limits left once those marked {@code off} are dropped. */
  static Map<Metric, Double> withoutSwitchedOff(Map<Metric, Double> limits) {
    Map<Metric, Double> kept = new EnumMap<>(limits);
    kept.values().removeIf(limit -> limit.isNaN());
    return kept;
  }

  static Map<Metric, Double> parseLimits(String text, String where) {
    Map<Metric, Double> limits = new EnumMap<>(Metric.class);
    for (String pair : text.split("[,\\n]")) {
      String trimmed = pair.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException(where + ": '" + trimmed + "' is not key=value, e.g. max_error_rate=0.01");
      }
      String key = trimmed.substring(0, equals).trim();
      Metric metric = Metric.ofKey(key);
      if (metric == null) {
        throw new IllegalArgumentException(where + ": unknown threshold '" + key + "'; use one of "
            + List.of(Metric.values()).stream().map(Metric::key).toList());
      }
      String value = trimmed.substring(equals + 1).trim();
      if (value.equalsIgnoreCase(OFF)) {
        limits.put(metric, SWITCHED_OFF);
        continue;
      }
      try {
        limits.put(metric, Double.parseDouble(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": " + key + " must be a number or off, not '" + value + "'", e);
      }
    }
    return limits;
  }

  static List<ThresholdRule> parseLabelRules(String text) {
    List<ThresholdRule> rules = new ArrayList<>();
    String[] lines = text.split("\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.lastIndexOf(" : ");
      String where = "per-label thresholds, line " + (i + 1);
      if (colon < 0) {
        throw new IllegalArgumentException(where + ": write '<label glob> : key=value, ...', e.g. "
            + "'POST /api/v1/calls* : max_p95_response_time_ms=800'");
      }
      rules.add(ThresholdRule.forLabels(line.substring(0, colon).trim(),
          withoutSwitchedOff(parseLimits(line.substring(colon + 3), where))));
    }
    return rules;
  }
}
