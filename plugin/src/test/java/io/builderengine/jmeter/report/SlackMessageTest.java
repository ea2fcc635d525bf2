package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Slack message of a run: what a person in the channel reads. */
class SlackMessageTest {

  private static final Path SUMMARY = Path.of("load_test_results/20250615-150640/summary.json");

  @Test
  void aFailedRunSaysSoWithItsFiguresTheFailedThresholdsAndWhereTheSummaryIs() {
    String text = SlackMessage.text(RunSummaries.failingRun(), "mixed.jmx", SUMMARY);

    assertThat(text).isEqualTo("""
        :x: *FAIL*: Builder Engine load test `mixed.jmx`, profile smoke
        7,350 samples · errors 1.28% · p95 760 ms · 24.5 requests/s
        Failed thresholds:
        • POST /v1/calls `max_p95_response_time_ms` FAIL: p95 response time of successful samples, ms 812 &gt; 500
        • admin/* `max_error_rate` NO_DATA: No sample label matches 'admin/*': check the glob against the labels in the report
        Summary: load_test_results/20250615-150640/summary.json""");
  }

  @Test
  void aPassingRunNamesNoThreshold() {
    String text = SlackMessage.text(RunSummaries.passingRun(), "quick.jmx", SUMMARY);

    assertThat(text).startsWith(":white_check_mark: *PASS*: Builder Engine load test `quick.jmx`, profile smoke\n")
        .doesNotContain("Failed thresholds")
        .endsWith("\nSummary: " + SUMMARY);
  }

  @Test
  void anAbortedRunSaysWhy() {
    String text = SlackMessage.text(RunSummaries.abortedRun(), "api.jmx", SUMMARY);

    assertThat(text).startsWith(":x: *FAIL*").contains("\nAborted: max_error_rate breached for 30 s on overall\n");
  }

  @Test
  void aRunWithoutASampleSaysSo() {
    LabelStats none = new LabelStats("overall", 0, 0, 0, 0, 0, 0, Distribution.EMPTY, Distribution.EMPTY,
        Distribution.EMPTY, Distribution.EMPTY, 0, 0, List.of(), null, null);
    RunSummary empty = new RunSummary("t", "0.1.0", "5.6.3", "2025-06-15T15:06:40Z", RunSummaries.noConfigElement(),
        new RunVerdict(Outcome.NO_DATA, List.of(), null), List.of(), List.of(),
        new RunStats(none, List.of(), List.of(), List.of(), List.of(), 1000, "HdrHistogram", 0.001));

    String text = SlackMessage.text(empty, "quick.jmx", null);

    assertThat(text).isEqualTo("""
        :x: *NO_DATA*: Builder Engine load test `quick.jmx`, profile n/a
        0 samples · errors 0% · p95 0 ms · 0 requests/s
        No sample was recorded.
        Summary: not written (see jmeter.log)""");
  }

  @Test
  void listsTenFailedThresholdsAndCountsTheRest() {
    List<Verdict> failed = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      failed.add(new Verdict("GET /item/" + i, "GET *", "max_error_rate", 0.5, 0.01, Outcome.FAIL, "0.5 > 0.01"));
    }
    RunSummary summary = RunSummaries.summary(new RunVerdict(Outcome.FAIL, failed, null));

    String text = SlackMessage.text(summary, "api.jmx", SUMMARY);

    assertThat(text.lines().filter(line -> line.startsWith("• "))).hasSize(SlackMessage.MAX_FAILED_THRESHOLDS);
    assertThat(text).contains("• GET /item/9 ").doesNotContain("GET /item/10 ").contains("\n…and 3 more\n");
  }

  @Test
  void escapesWhatSlackReadsAsMarkup() {
    assertThat(SlackMessage.escape("p95 <= 500 & errors > 1%")).isEqualTo("p95 &lt;= 500 &amp; errors &gt; 1%");
  }
}
