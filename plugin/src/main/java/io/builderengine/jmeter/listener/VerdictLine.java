package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The one line that ends a run on the console: the verdict, what failed, where the summary is. */
final class VerdictLine {

  private VerdictLine() {
  }

  static String of(RunVerdict verdict, Path summary) {
    String failed = verdict.verdicts().stream()
        .filter(v -> !v.outcome().passed())
        .map(VerdictLine::describe)
        .collect(Collectors.joining("; "));
    return "Builder Engine verdict: " + verdict.outcome()
        + (verdict.abortReason() == null ? "" : " (aborted: " + verdict.abortReason() + ")")
        + " - " + (verdict.verdicts().size() - verdict.failedCount()) + " of " + verdict.verdicts().size()
        + " thresholds passed" + (failed.isEmpty() ? "" : "; failed: " + failed)
        + (verdict.generator() != null && verdict.generator().saturated()
            ? "; load generator saturated: " + String.join("; ", verdict.generator().saturation()) : "")
        + "; summary: " + summary;
  }

  private static String describe(Verdict verdict) {
    return verdict.metric() + " " + verdict.outcome() + " (" + verdict.scope() + ": " + verdict.explanation() + ")";
  }
}
