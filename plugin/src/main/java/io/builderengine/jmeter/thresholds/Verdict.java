package io.builderengine.jmeter.thresholds;

/**
 * The verdict of one threshold on one scope.
 *
 * @param scope "overall", or the label checked
 * @param rule "overall", or the glob of the rule that matched the label
 * @param metric the threshold key, e.g. max_p95_response_time_ms
 * @param actual the measured value; NaN when there was nothing to measure
 * @param limit the configured limit
 * @param explanation one sentence a reader of the report understands without the code
 */
public record Verdict(String scope, String rule, String metric, double actual, double limit, Outcome outcome,
    String explanation) {
}
