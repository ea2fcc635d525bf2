package io.builderengine.launcher.report;

import io.builderengine.jmeter.report.ReportFormat;
import java.util.stream.Collectors;

/** The console lines that end a launch: one per scenario, then the overall one. */
public final class VerdictLines {

  private VerdictLines() {
  }

  /** E.g. "api: PASS - 5 of 5 thresholds passed (1,234 samples, 0% errors, 10.1/s, p95 6 ms)". */
  public static String of(ScenarioResult result) {
    if (!result.detail().isEmpty() && result.thresholds() == 0) {
      return result.name() + ": " + result.outcome() + " - " + result.detail();
    }
    ReportFormat format = new ReportFormat();
    Figures figures = result.figures();
    String failed = result.failedThresholds().isEmpty() ? ""
        : "; failed: " + result.failedThresholds().stream().map(FailedThreshold::brief)
            .collect(Collectors.joining(", "));
    return result.name() + ": " + result.outcome() + " - " + result.thresholdsPassed() + " of " + result.thresholds()
        + " thresholds passed" + failed + " (" + format.count(figures.samples()) + " samples, "
        + format.percent(figures.errorRate()) + " errors, " + format.rps(figures.throughputPerSecond()) + "/s, p95 "
        + format.ms(figures.p95Ms()) + " ms)" + (result.detail().isEmpty() ? "" : "; " + result.detail());
  }

  /** E.g. "Overall Status: PASSED (4 of 4 scenarios passed)". */
  public static String overall(LaunchReport report) {
    String status = report.interrupted() ? "INTERRUPTED" : report.outcome().passed() ? "PASSED" : "FAILED";
    return "Overall Status: " + status + " (" + report.passedCount() + " of " + report.results().size()
        + " scenarios passed)";
  }
}
