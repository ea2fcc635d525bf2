package io.builderengine.jmeter.capacity;

import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.util.Map;

/**
 * When a step of a capacity search breaks: the p95 response time of the watched samples is over
 * {@code maxP95Millis}, or the share of failed calls is over {@code maxErrorRate}. Immutable.
 *
 * @param watchedLabelGlob labels whose response times are judged ({@code *} and {@code ?} as
 *     wildcards, as in per-label thresholds), e.g. {@code * - initiate} for call setup; a call's steps
 *     (sub-results) are searched as well as the calls themselves
 * @param maxP95Millis the p95 limit, ms, more than 0
 * @param maxErrorRate the failed share of calls allowed, 0 to 1
 */
public record StepCriteria(String watchedLabelGlob, double maxP95Millis, double maxErrorRate) {

  public StepCriteria {
    if (watchedLabelGlob == null || watchedLabelGlob.isBlank()) {
      throw new IllegalArgumentException("the watched label must not be empty; e.g. '* - initiate' for call setup");
    }
    if (!(maxP95Millis > 0)) {
      throw new IllegalArgumentException("the p95 limit must be more than 0 ms, got " + maxP95Millis);
    }
    if (!(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new IllegalArgumentException("the error-rate limit must be 0 to 1, got " + maxErrorRate);
    }
  }

  /** A matcher of the watched labels. */
  ThresholdRule watchedLabels() {
    return ThresholdRule.forLabels(watchedLabelGlob, Map.of());
  }
}
