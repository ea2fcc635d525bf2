package io.builderengine.jmeter.report;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.ErrorCount;
import io.builderengine.jmeter.stats.IntervalStats;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@link RunSummaries}' failing run with what summary.html adds to summary.md: a 5-minute time series
 * of 10 s buckets, and a label full of HTML's special characters.
 */
final class HtmlRunSummaries {

  static final String HOSTILE_LABEL = "GET /x?a=1&b=<2>";
  static final String HOSTILE_ERROR = "Bad \"gateway\" <html> & 'quotes'";
  static final int BUCKETS = 30;

  private HtmlRunSummaries() {
  }

  static RunSummary withTimeSeries() {
    return withTimeSeries(series(BUCKETS));
  }

  static RunSummary withTimeSeries(List<IntervalStats> timeSeries) {
    RunSummary base = RunSummaries.failingRun();
    RunStats stats = base.statistics();
    List<LabelStats> labels = new ArrayList<>(stats.labels());
    labels.add(new LabelStats(HOSTILE_LABEL, 120, 3, 0.025, 0.4, 61_440, 15_360,
        new Distribution(117, 20, 55, 10, 140, 50, 80, 95, 130, 140),
        new Distribution(117, 20, 55, 10, 140, 50, 80, 95, 130, 140), Distribution.EMPTY, Distribution.EMPTY,
        RunSummaries.START, RunSummaries.END, List.of(new ErrorCount("502", HOSTILE_ERROR, 3)), null, null));
    RunStats withSeries = new RunStats(stats.overall(), labels, stats.steps(), stats.pools(), timeSeries,
        stats.intervalMillis(), stats.percentileMethod(), stats.relativeError());
    return new RunSummary(base.tool(), base.pluginVersion(), base.jmeterVersion(), base.generatedAt(), base.run(),
        base.verdict(), base.highlights(), base.findings(), withSeries);
  }

  /** A ramp to 50 threads over the first minute, with a latency and error bump in the middle. */
  static List<IntervalStats> series(int buckets) {
    return IntStream.range(0, buckets).mapToObj(i -> {
      int threads = Math.min(50, 10 + i * 8);
      boolean bump = i >= 14 && i <= 18;
      return new IntervalStats(RunSummaries.START + i * 10_000L, threads * 5L, bump ? 18 : i % 7 == 0 ? 1 : 0,
          110 + i, bump ? 780 : 300 + 5 * (i % 4), bump ? 1250 : 520 + 7 * (i % 5), threads);
    }).toList();
  }
}
