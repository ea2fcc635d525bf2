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
 * <p>The overall rule judges the overall row, top-level samples only. A per-label rule judges every
 * label and every step (sub-result label) its glob matches, the labels first, each on its own figures.
 *
 * <p>A run or a rule's labels with no sample is NO_DATA, which fails: a run that measured nothing
 * proves nothing. A latency limit judged on fewer than {@code minSuccessfulSamples} successful
 * samples fails too, for the same reason. A media-stream limit on a label or step without streams, or
 * a pool limit on one without database samples, is NOT_APPLICABLE, and fails the run: it cannot be
 * known before the run which labels will carry those figures, and a limit that cannot be checked must
 * not pass. One on streams that never measured the figure (no frame sent, no pong) is NO_DATA.
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
    boolean matchedLabel = judgeMatching(stats.labels(), rule, verdicts);
    boolean matchedStep = judgeMatching(stats.steps(), rule, verdicts);
    if (!matchedLabel && !matchedStep) {
      for (Map.Entry<Metric, Double> limit : rule.limits().entrySet()) {
        verdicts.add(new Verdict(rule.labelGlob(), rule.labelGlob(), limit.getKey().key(), Double.NaN,
            limit.getValue(), Outcome.NO_DATA, "No sample label matches '" + rule.labelGlob()
                + "', nor does a step's: check the glob against the labels and steps in the report"));
      }
    }
  }

  /** @return whether the rule matched any of {@code labels} */
  private boolean judgeMatching(List<LabelStats> labels, ThresholdRule rule, List<Verdict> verdicts) {
    boolean matchedAny = false;
    for (LabelStats label : labels) {
      if (rule.matches(label.label())) {
        matchedAny = true;
        judge(label.label(), rule.labelGlob(), label, rule.limits(), verdicts);
      }
    }
    return matchedAny;
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
    if (!metric.appliesTo(stats)) {
      return new Verdict(scope, rule, metric.key(), Double.NaN, limit, Outcome.NOT_APPLICABLE,
          metric.isPool() ? noPool(scope, metric) : noStreams(scope, metric));
    }
    long successful = stats.elapsedSuccessful().count();
    if (metric.isLatency() && successful < minSuccessfulSamples) {
      return new Verdict(scope, rule, metric.key(), metric.actual(stats), limit, Outcome.FAIL,
          TOO_FEW_SAMPLES + successful + " successful sample(s) of " + stats.samples() + "; a latency threshold needs at least "
              + minSuccessfulSamples + " to mean anything");
    }
    double actual = metric.actual(stats);
    if (metric.isStream() && Double.isNaN(actual)) {
      return new Verdict(scope, rule, metric.key(), Double.NaN, limit, Outcome.NO_DATA, "None of the "
          + stats.stream().streams() + " stream(s) of '" + scope + "' measured " + metric.meaning()
          + " (none sent a frame, or none got a pong), so it cannot be judged");
    }
    boolean within = metric.withinLimit(actual, limit);
    String comparison = metric == Metric.MIN_REQUESTS_PER_SECOND ? (within ? ">=" : "<") : (within ? "<=" : ">");
    return new Verdict(scope, rule, metric.key(), actual, limit, within ? Outcome.PASS : Outcome.FAIL,
        String.format(Locale.ROOT, "%s %s %s %s", metric.meaning(), format(actual), comparison, format(limit)));
  }

  private static String noStreams(String scope, Metric metric) {
    if (OVERALL.equals(scope)) {
      return "The run's top-level samples carry no media streams, so " + metric.meaning() + " cannot be judged "
          + "overall; streams recorded as steps (a call's media stream) are judged by a per-label rule naming the step";
    }
    return "'" + scope + "' has no media streams (none of its samples carried stream figures), so " + metric.meaning()
        + " cannot be judged: limit the rule to the labels or steps that stream audio";
  }

  private static String noPool(String scope, Metric metric) {
    if (OVERALL.equals(scope)) {
      return "The run's top-level samples include no database samples, so " + metric.meaning() + " cannot be "
          + "judged overall; database samples recorded as steps (inside a transaction) are judged by a per-label rule "
          + "naming the step";
    }
    return "'" + scope + "' has no database samples (none of its samples waited for a pooled connection), so "
        + metric.meaning() + " cannot be judged: limit the rule to the database workload's labels, e.g. DB: *";
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
  }
}
