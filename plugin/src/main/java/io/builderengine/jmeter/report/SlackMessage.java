package io.builderengine.jmeter.report;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * The Slack message of a finished run (mrkdwn): the verdict, the plan, the profile, the overall
 * figures, the thresholds that failed and where the summary is, e.g.
 *
 * <pre>
 * :x: *FAIL*: Builder Engine load test `mixed.jmx`, profile light
 * 1,234 samples · errors 0.5% · p95 120 ms · 45.2 requests/s
 * Failed thresholds:
 * • overall `max_error_rate` FAIL: failed samples / all samples 0.005 &gt; 0.001
 * Summary: load_test_results/20261126-023012/summary.json
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SlackMessage {

  /** A run failing hundreds of per-label rules still makes a message a person reads. */
  static final int MAX_FAILED_THRESHOLDS = 10;

  private SlackMessage() {
  }

  /**
   * @param planName the test plan's file, e.g. mixed.jmx
   * @param summaryFile the summary.json written, or null when it could not be written
   */
  public static String text(RunSummary summary, String planName, Path summaryFile) {
    ReportFormat format = new ReportFormat();
    RunVerdict verdict = summary.verdict();
    LabelStats overall = summary.statistics().overall();
    String profile = summary.run() == null ? null : summary.run().profile();
    StringBuilder text = new StringBuilder()
        .append(verdict.passed() ? ":white_check_mark: *PASS*" : ":x: *" + verdict.outcome() + "*")
        .append(": Builder Engine load test `").append(escape(planName)).append("`, profile ")
        .append(escape(format.orNa(profile))).append('\n')
        .append(format.count(overall.samples())).append(" samples · errors ")
        .append(format.percent(overall.errorRate()))
        .append(" · p95 ").append(format.ms(overall.elapsedSuccessful().p95Ms())).append(" ms · ")
        .append(format.rps(overall.throughputPerSecond())).append(" requests/s\n");
    if (verdict.abortReason() != null) {
      text.append("Aborted: ").append(escape(verdict.abortReason())).append('\n');
    }
    List<Verdict> failed = verdict.verdicts().stream().filter(v -> !v.outcome().passed()).toList();
    if (!failed.isEmpty()) {
      text.append("Failed thresholds:\n");
      failed.stream().limit(MAX_FAILED_THRESHOLDS).forEach(v -> text.append("• ").append(escape(v.scope()))
          .append(" `").append(v.metric()).append("` ").append(v.outcome()).append(": ")
          .append(escape(v.explanation())).append('\n'));
      if (failed.size() > MAX_FAILED_THRESHOLDS) {
        text.append("…and ").append(failed.size() - MAX_FAILED_THRESHOLDS).append(" more\n");
      }
    } else if (verdict.outcome() == Outcome.NO_DATA) {
      text.append("No sample was recorded.\n");
    }
    text.append("Summary: ")
        .append(summaryFile == null ? "not written (see jmeter.log)" : escape(summaryFile.toString()));
    return text.toString();
  }

  /** Slack reads {@code &}, {@code <} and {@code >} as markup (links, mentions): escape them as it asks. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
