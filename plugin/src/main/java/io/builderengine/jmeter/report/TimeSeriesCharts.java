package io.builderengine.jmeter.report;

import io.builderengine.jmeter.report.HtmlEscaper.Markup;
import io.builderengine.jmeter.report.SvgLineChart.Series;
import io.builderengine.jmeter.stats.IntervalStats;
import io.builderengine.jmeter.stats.RunStats;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The four charts of summary.html, from the run's time series: requests per second, p95 and p99
 * response time, errors per interval and active threads. The x axis is seconds since the first bucket.
 *
 * <p>Not thread-safe, like {@link SvgLineChart}: use one per render.
 */
final class TimeSeriesCharts {

  private static final String BLUE = "#0969da";
  private static final String ORANGE = "#bc4c00";
  private static final String PURPLE = "#8250df";
  private static final String RED = "#cf222e";
  private static final String GREEN = "#1a7f37";

  private final ReportFormat format;
  private final SvgLineChart chart;

  TimeSeriesCharts(ReportFormat format) {
    this.format = format;
    chart = new SvgLineChart(format);
  }

  List<Markup> draw(RunStats stats) {
    List<IntervalStats> buckets = stats.timeSeries();
    double intervalSeconds = stats.intervalMillis() / 1000.0;
    double[] seconds = values(buckets, bucket -> (bucket.startMillis() - buckets.get(0).startMillis()) / 1000.0);
    return List.of(
        new Markup(chart.render("Requests per second", "rps", seconds,
            List.of(new Series("rps", BLUE, values(buckets, bucket -> bucket.samples() / intervalSeconds))))),
        new Markup(chart.render("Response time p95 and p99 (successful samples)", "ms", seconds,
            List.of(new Series("p95", ORANGE, values(buckets, IntervalStats::p95Ms)),
                new Series("p99", PURPLE, values(buckets, IntervalStats::p99Ms))))),
        new Markup(chart.render("Errors per " + format.number(intervalSeconds) + " s interval", "errors",
            seconds, List.of(new Series("errors", RED, values(buckets, IntervalStats::errors))))),
        new Markup(chart.render("Active threads", "threads", seconds,
            List.of(new Series("threads", GREEN, values(buckets, IntervalStats::activeThreads))))));
  }

  private static double[] values(List<IntervalStats> buckets, ToDoubleFunction<IntervalStats> value) {
    return buckets.stream().mapToDouble(value).toArray();
  }
}
