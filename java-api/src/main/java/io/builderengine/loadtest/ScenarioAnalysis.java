package io.builderengine.loadtest;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A scenario's verdict and headline figures, all samples counted (response times of successful ones).
 *
 * @param errorRate failed samples over all, 0 to 1
 * @param failedThresholds one line per threshold that did not pass: scope, key, outcome and why, e.g.
 *     {@code overall max_error_rate FAIL: failed samples / all samples 0.5641 > 0.01000}
 * @param folder where the scenario's reports are
 */
public record ScenarioAnalysis(String scenario, Outcome outcome, long samples, double errorRate, double p95Ms,
    double p99Ms, double throughputPerSecond, List<String> failedThresholds, String abortReason, Path folder) {

  static ScenarioAnalysis of(ScenarioResult result) {
    LabelStats overall = result.summary().statistics().overall();
    List<String> failed = result.summary().verdict().verdicts().stream()
        .filter(verdict -> !verdict.outcome().passed())
        .map(ScenarioAnalysis::described)
        .toList();
    return new ScenarioAnalysis(result.scenario(), result.summary().verdict().outcome(), overall.samples(),
        overall.errorRate(), overall.elapsedSuccessful().p95Ms(), overall.elapsedSuccessful().p99Ms(),
        overall.throughputPerSecond(), failed, result.summary().verdict().abortReason(), result.folder());
  }

  /** e.g. {@code overall max_error_rate FAIL: failed samples / all samples 0.56 > 0.01} */
  private static String described(Verdict verdict) {
    return verdict.scope() + " " + verdict.metric() + " " + verdict.outcome() + ": " + verdict.explanation();
  }

  public boolean passed() {
    return outcome.passed() && abortReason == null;
  }

  /** One line, e.g. {@code api: PASS, 1,200 samples, 0.00% errors, p95 12 ms, p99 30 ms, 20.0/s}, then the failures. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "%s: %s, %,d samples, %.2f%% errors, p95 %.0f ms, p99 %.0f ms, %.1f/s", scenario, passed() ? "PASS" : outcome.passed() ? "FAIL" : outcome,
        samples, errorRate * 100, p95Ms, p99Ms, throughputPerSecond));
    if (abortReason != null) {
      text.append("; stopped early: ").append(abortReason);
    }
    failedThresholds.forEach(failure -> text.append(System.lineSeparator()).append("  - ").append(failure));
    return text.toString();
  }
}
