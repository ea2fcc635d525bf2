package io.builderengine.jmeter.report;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.ErrorCount;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.thresholds.Highlight;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.util.List;

/** Hand-built summaries of a realistic run, for the report writers' tests. */
final class RunSummaries {

  static final long START = 1_750_000_000_000L;
  static final long END = START + 300_000;

  static final String CALLS = "POST /v1/calls";
  static final String AGENTS = "GET /v1/agents|list";
  static final String STREAM = "WS audio stream";

  static final Verdict OVERALL_ERRORS = new Verdict("overall", "overall", "max_error_rate", 0.0312, 0.05,
      Outcome.PASS, "failed samples / all samples 0.0312 <= 0.05");
  static final Verdict CALLS_P95 = new Verdict(CALLS, "POST *", "max_p95_response_time_ms", 812, 500, Outcome.FAIL,
      "p95 response time of successful samples, ms 812 > 500");
  static final Verdict ADMIN_NO_DATA = new Verdict("admin/*", "admin/*", "max_error_rate", Double.NaN, 0.01,
      Outcome.NO_DATA, "No sample label matches 'admin/*': check the glob against the labels in the report");
  static final Verdict AGENTS_RPS = new Verdict(AGENTS, "GET *", "min_requests_per_second", 12.5, 10, Outcome.PASS,
      "samples per second over the active window 12.5 >= 10");

  private RunSummaries() {
  }

  /** Three labels, four thresholds: one FAIL, one NO_DATA glob, two PASS. */
  static RunSummary failingRun() {
    return summary(new RunVerdict(Outcome.FAIL, List.of(OVERALL_ERRORS, CALLS_P95, ADMIN_NO_DATA, AGENTS_RPS), null));
  }

  static RunSummary passingRun() {
    return summary(new RunVerdict(Outcome.PASS, List.of(OVERALL_ERRORS, AGENTS_RPS), null));
  }

  static RunSummary abortedRun() {
    return summary(new RunVerdict(Outcome.FAIL, List.of(OVERALL_ERRORS),
        "max_error_rate breached for 30 s on overall"));
  }

  static RunSummary summary(RunVerdict verdict) {
    return summary(verdict, run());
  }

  static RunSummary summary(RunVerdict verdict, RunSummary.RunDescription run) {
    return new RunSummary("builder-engine-jmeter", "0.1.0", "5.6.3", "2025-06-15T15:06:40Z", run, verdict,
        List.of(new Highlight(Highlight.Level.CRITICAL, "POST /v1/calls p95 is 812 ms, 62% over its 500 ms limit",
            "Check the call-setup path's database pool")),
        stats());
  }

  static RunSummary.RunDescription run() {
    return new RunSummary.RunDescription("smoke", 50, 20.0, 300, 30, 10, "https://staging.builderengine.io",
        "org_123", "sk-l****", "/plans/builder-engine.yaml");
  }

  static RunSummary.RunDescription noConfigElement() {
    return new RunSummary.RunDescription(null, null, null, null, null, null, null, null, null, null);
  }

  private static RunStats stats() {
    LabelStats calls = label(CALLS, 3000, 94, new Distribution(2906, 80, 402.4, 150, 2310, 380, 700, 812, 1204, 2000),
        List.of(new ErrorCount("503", "Service Unavailable", 80), new ErrorCount("504", "Gateway Timeout", 14)));
    LabelStats agents = label(AGENTS, 3750, 0, new Distribution(3750, 3, 8.25, 2, 41, 7, 12, 14, 22, 35), List.of());
    LabelStats stream = label(STREAM, 600, 0, new Distribution(600, 40, 120, 20, 300, 118, 150, 160, 210, 280),
        List.of());
    LabelStats overall = label("overall", 7350, 94,
        new Distribution(7256, 3, 180.7, 200, 2310, 118, 600, 760, 1100, 1900), List.of());
    return new RunStats(overall, List.of(calls, agents, stream), List.of(), 10_000,
        "HdrHistogram nearest-rank, 3 significant digits", 0.001);
  }

  private static LabelStats label(String name, long samples, long errors, Distribution successful,
      List<ErrorCount> topErrors) {
    double seconds = (END - START) / 1000.0;
    return new LabelStats(name, samples, errors, (double) errors / samples, samples / seconds, samples * 512,
        samples * 128, successful, successful, Distribution.EMPTY, Distribution.EMPTY, START, END, topErrors);
  }
}
