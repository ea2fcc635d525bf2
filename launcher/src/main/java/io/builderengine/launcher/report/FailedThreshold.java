package io.builderengine.launcher.report;

/**
 * A threshold that did not pass, as summary.json's verdicts list it.
 *
 * @param metric e.g. {@code max_p95_response_time_ms}
 * @param outcome FAIL, NO_DATA or NOT_APPLICABLE
 * @param scope {@code overall} or the label it judged, e.g. {@code Call - initiate}
 * @param explanation the listener's own sentence, with the actual value and the limit
 */
public record FailedThreshold(String metric, String outcome, String scope, String explanation) {

  /** E.g. "max_p95_response_time_ms (Call - initiate)": which threshold, for a one-line verdict. */
  public String brief() {
    return metric + " (" + scope + ")";
  }

  /** As the listener's verdict line names it: "metric OUTCOME (scope: explanation)". */
  @Override
  public String toString() {
    return metric + " " + outcome + " (" + scope + ": " + explanation + ")";
  }
}
