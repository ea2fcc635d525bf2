package io.builderengine.jmeter.thresholds;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a run's statistics against its threshold rules. Pure and thread-safe.
 *
 * <p>A run or a rule's labels with no sample is NO_DATA, which fails: a run that measured nothing
 * proves nothing. A latency limit judged on fewer than {@code minSuccessfulSamples} successful
 * samples fails too, for the same reason.
 */
public final class ThresholdEvaluator {

  private static final String OVERALL = "overall";
  /** How the explanation of a latency verdict judged on too few successful samples begins. */
  public static final String TOO_FEW_SAMPLES = "Only ";

  private final int minSuccessfulSamples;

  /** @param minSuccessfulSamples successful samples a latency threshold needs to be judged (1 or more) */
  public ThresholdEvaluator(int minSuccessfulSamples) {
    if (minSuccessfulSamples < 1) {
      throw new IllegalArgumentException("minSuccessfulSamples must be 1 or more, not " + minSuccessfulSamples);
    }
    this.minSuccessfulSamples = minSuccessfulSamples;
  }

  public RunVerdict evaluate(RunStats stats, List<ThresholdRule> rules, String abortReason) {
    List<Verdict> verdicts = new ArrayList<>();
    for (ThresholdRule rule : rules) {
      if (rule.isOverall()) {
        judge(OVERALL, OVERALL, stats.overall(), rule.limits(), verdicts);
      } else {
        judgeLabels(stats, rule, verdicts);
      }
    }
    Outcome outcome = stats.overall().samples() == 0 ? Outcome.NO_DATA : Outcome.PASS;
    for (Verdict verdict : verdicts) {
      outcome = outcome.and(verdict.outcome());
    }
    if (abortReason != null) {
      outcome = outcome.and(Outcome.FAIL);
    }
    return new RunVerdict(outcome, List.copyOf(verdicts), abortReason);
  }

  private void judgeLabels(RunStats stats, ThresholdRule rule, List<Verdict> verdicts) {
    boolean matchedAny = false;
    for (LabelStats label : stats.labels()) {
      if (rule.matches(label.label())) {
        matchedAny = true;
        judge(label.label(), rule.labelGlob(), label, rule.limits(), verdicts);
      }
    }
    if (!matchedAny) {
      for (Map.Entry<Metric, Double> limit : rule.limits().entrySet()) {
        verdicts.add(new Verdict(rule.labelGlob(), rule.labelGlob(), limit.getKey().key(), Double.NaN,
            limit.getValue(), Outcome.NO_DATA,
            "No sample label matches '" + rule.labelGlob() + "': check the glob against the labels in the report"));
      }
    }
  }

  private void judge(String scope, String rule, LabelStats stats, Map<Metric, Double> limits, List<Verdict> verdicts) {
    for (Metric metric : Metric.values()) {
      Double limit = limits.get(metric);
      if (limit != null) {
        verdicts.add(judge(scope, rule, stats, metric, limit));
      }
    }
  }

  private Verdict judge(String scope, String rule, LabelStats stats, Metric metric, double limit) {
    if (stats.samples() == 0) {
      return new Verdict(scope, rule, metric.key(), Double.NaN, limit, Outcome.NO_DATA,
          "No sample was recorded, so " + metric.meaning() + " cannot be judged");
    }
    long successful = stats.elapsedSuccessful().count();
    if (metric.isLatency() && successful < minSuccessfulSamples) {
      return new Verdict(scope, rule, metric.key(), metric.actual(stats), limit, Outcome.FAIL,
          TOO_FEW_SAMPLES + successful + " successful sample(s) of " + stats.samples() + "; a latency threshold needs at least "
              + minSuccessfulSamples + " to mean anything");
    }
    double actual = metric.actual(stats);
    boolean within = metric.withinLimit(actual, limit);
    String comparison = metric == Metric.MIN_REQUESTS_PER_SECOND ? (within ? ">=" : "<") : (within ? "<=" : ">");
    return new Verdict(scope, rule, metric.key(), actual, limit, within ? Outcome.PASS : Outcome.FAIL,
        String.format(Locale.ROOT, "%s %s %s %s", metric.meaning(), format(actual), comparison, format(limit)));
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
  }
}
