package io.builderengine.jmeter.thresholds;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Limits that apply to the whole run (scope null) or to every label a glob matches, e.g.
 * {@code POST /api/v1/calls*}: {@code *} is any run of characters, {@code ?} one character.
 * Immutable.
 */
public final class ThresholdRule {

  private final String labelGlob;
  private final Pattern labelPattern;
  private final Map<Metric, Double> limits;

  private ThresholdRule(String labelGlob, Map<Metric, Double> limits) {
    this.labelGlob = labelGlob;
    this.labelPattern = labelGlob == null ? null : globToPattern(labelGlob);
    this.limits = Map.copyOf(limits);
  }

  /** Limits on the overall figures of the run. */
  public static ThresholdRule overall(Map<Metric, Double> limits) {
    return new ThresholdRule(null, limits);
  }

  /** Limits on each label that {@code labelGlob} matches. */
  public static ThresholdRule forLabels(String labelGlob, Map<Metric, Double> limits) {
    if (labelGlob == null || labelGlob.isBlank()) {
      throw new IllegalArgumentException("A per-label threshold needs a label or glob, e.g. GET /api/v1/agents*");
    }
    return new ThresholdRule(labelGlob, limits);
  }

  /** @return null for the overall rule */
  public String labelGlob() {
    return labelGlob;
  }

  public boolean isOverall() {
    return labelGlob == null;
  }

  public boolean matches(String label) {
    return labelPattern != null && labelPattern.matcher(label).matches();
  }

  public Map<Metric, Double> limits() {
    return limits;
  }

  /** A copy whose limits are these, replaced by {@code overrides} where both set one. */
  public ThresholdRule overriddenBy(Map<Metric, Double> overrides) {
    Map<Metric, Double> merged = new EnumMap<>(Metric.class);
    merged.putAll(limits);
    merged.putAll(overrides);
    return new ThresholdRule(labelGlob, merged);
  }

  private static Pattern globToPattern(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  @Override
  public String toString() {
    return (isOverall() ? "overall" : "labels '" + labelGlob + "'") + " " + limits;
  }
}
