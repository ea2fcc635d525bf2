package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.jmeter.stats.IntervalStats;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryHtmlWriterTest {

  // One writer for the tests of the built-in template: parsing it is the slow part.
  private static final SummaryHtmlWriter BUILT_IN = new SummaryHtmlWriter(null);

  private static final Pattern POLYLINE_POINTS = Pattern.compile("<polyline [^>]*points=\"([^\"]*)\"");

  @TempDir
  Path directory;

  @Test
  void putsTheVerdictBannerFirst() throws IOException {
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");
    String body = html.substring(html.indexOf("<main>") + "<main>".length()).strip();

    assertThat(body).startsWith("<header class=\"verdict verdict-fail\" id=\"verdict\">\n<h1>FAIL</h1>\n"
        + "<p>2 of 4 thresholds passed</p>");
    assertThat(html).contains("<title>FAIL — load test summary</title>");
    assertThat(html.indexOf("id=\"verdict\"")).isLessThan(html.indexOf("id=\"settings\""));
  }

  @Test
  void colorsTheBannerByOutcomeAndShowsTheAbortReason() throws IOException {
    String passing = BUILT_IN.render(RunSummaries.passingRun(), "");
    String noData = BUILT_IN.render(RunSummaries.summary(new RunVerdict(Outcome.NO_DATA, List.of(), null)), "");
    String aborted = BUILT_IN.render(RunSummaries.abortedRun(), "");

    assertThat(passing).contains("class=\"verdict verdict-pass\"", "<h1>PASS</h1>", "2 of 2 thresholds passed");
    assertThat(noData).contains("class=\"verdict verdict-no_data\"", "<h1>NO_DATA</h1>", "No thresholds configured.");
    assertThat(aborted).contains("<h1>FAIL</h1>",
        "<p class=\"abort\"><strong>Run aborted:</strong> max_error_rate breached for 30 s on overall</p>");
  }

  @Test
  void describesTheRunWithNaForMissingSettings() throws IOException {
    String configured = BUILT_IN.render(RunSummaries.failingRun(), "");
    String bare = BUILT_IN.render(
        RunSummaries.summary(RunSummaries.failingRun().verdict(), RunSummaries.noConfigElement()), "");

    assertThat(configured).contains("<dt>Profile</dt><dd>smoke</dd>", "<dt>Users</dt><dd>50</dd>",
        "<dt>Target rate</dt><dd>20 rps</dd>", "<dt>Duration</dt><dd>300 s</dd>",
        "<dt>Target</dt><dd>https://staging.builderengine.io</dd>", "<dt>Key</dt><dd>sk-l****</dd>");
    assertThat(bare).contains("<dt>Profile</dt><dd>n/a</dd>", "<dt>Target rate</dt><dd>n/a</dd>",
        "<dt>Duration</dt><dd>n/a</dd>", "<dt>Key</dt><dd>n/a</dd>");
    assertThat(configured).doesNotContain("<dt>Engines</dt>");
  }

  @Test
  void namesTheEnginesOfADistributedRun() throws IOException {
    String html = BUILT_IN.render(
        RunSummaries.summary(RunSummaries.failingRun().verdict(), RunSummaries.distributed()), "");

    assertThat(html).contains("<dt>Engines</dt><dd>10.0.0.5:1099, 10.0.0.6:1099</dd>");
  }

  @Test
  void tabulatesThresholdsAndEndpointsLikeSummaryMd() throws IOException {
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");

    assertThat(rows(section(html, "thresholds"))).isEqualTo(1 + 4);
    assertThat(rows(section(html, "endpoints"))).isEqualTo(1 + 4 + 1);
    assertThat(html).contains(
        "<tr><td>POST /v1/calls</td><td><code>max_p95_response_time_ms</code></td><td class=\"num\">812</td>"
            + "<td class=\"num\">500</td><td class=\"outcome-FAIL\">FAIL</td>",
        "<td class=\"outcome-NO_DATA\">NO_DATA</td><td>No sample label matches &#39;admin/*&#39;",
        "<tr><td>POST /v1/calls</td><td class=\"num\">3,000</td><td class=\"num\">94</td><td class=\"num\">3.13%</td>"
            + "<td class=\"num\">10</td><td class=\"num\">402</td><td class=\"num\">380</td><td class=\"num\">812</td>"
            + "<td class=\"num\">1,204</td><td class=\"num\">2,310</td></tr>",
        "<tfoot><tr><td>All</td><td class=\"num\">7,350</td>");
  }

  @Test
  void tabulatesStepsAndMediaStreamsAfterTheEndpointsOnlyWhenThereAreAny() throws IOException {
    String html = BUILT_IN.render(RunSummaries.withStepsAndStreams(), "");
    String without = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");

    assertThat(html.indexOf("id=\"endpoints\"")).isLessThan(html.indexOf("id=\"steps\""));
    assertThat(html.indexOf("id=\"steps\"")).isLessThan(html.indexOf("id=\"streams\""));
    assertThat(rows(section(html, "steps"))).isEqualTo(1 + 3);
    assertThat(rows(section(html, "streams"))).isEqualTo(1 + 2);
    assertThat(section(html, "steps")).contains("<tr><td>Call - initiate</td><td class=\"num\">600</td>"
        + "<td class=\"num\">0</td><td class=\"num\">0%</td><td class=\"num\">2</td><td class=\"num\">150</td>"
        + "<td class=\"num\">140</td><td class=\"num\">240</td><td class=\"num\">320</td><td class=\"num\">400</td></tr>");
    assertThat(section(html, "streams")).contains("<tr><td>Call - media stream</td><td class=\"num\">600</td>"
        + "<td class=\"num\">450,000</td><td class=\"num\">449,100</td><td class=\"num\">10%</td>"
        + "<td class=\"num\">12 / 38 / 61</td><td class=\"num\">240</td><td class=\"num\">7.5 / 19</td>"
        + "<td class=\"num\">n/a</td></tr>");
    assertThat(html).contains("<td class=\"outcome-NOT_APPLICABLE\">NOT_APPLICABLE</td>",
        "<tr><td>Call - end</td><td class=\"num\">6</td><td><code>404</code></td><td>Call not found</td></tr>");
    assertThat(without).doesNotContain("id=\"steps\"", "id=\"streams\"");
  }

  @Test
  void tabulatesTheDatabasePoolsAfterTheStepsOnlyWhenThereAreAny() throws IOException {
    String html = BUILT_IN.render(RunSummaries.withDatabasePools(), "");

    assertThat(html.indexOf("id=\"steps\"")).isLessThan(html.indexOf("id=\"pools\""));
    assertThat(html.indexOf("id=\"pools\"")).isLessThan(html.indexOf("id=\"highlights\""));
    assertThat(rows(section(html, "pools"))).isEqualTo(1 + 2);
    assertThat(section(html, "pools")).contains("<tr><td>builder_engine</td><td class=\"num\">5,000</td>"
        + "<td class=\"num\">0 / 30 / 250 / 251</td><td class=\"num\">10 / 6.3</td><td class=\"num\">0 / 3.7</td>"
        + "<td class=\"num\">7</td><td class=\"num\">10</td><td class=\"num\">42</td></tr>");
    assertThat(BUILT_IN.render(RunSummaries.withStepsAndStreams(), "")).doesNotContain("id=\"pools\"");
  }

  @Test
  void listsHighlightsAndTopErrors() throws IOException {
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");

    assertThat(section(html, "findings")).contains("<li>Capacity: 40 concurrent calls with p95 12 ms of"
        + " &#39;* - initiate&#39;; broke at step 8 of 11 (45 concurrent calls): p95 512 ms &gt; 300 ms</li>");
    assertThat(html).contains("<span class=\"level level-CRITICAL\">CRITICAL</span> POST /v1/calls p95 is 812 ms,"
        + " 62% over its 500 ms limit — <span class=\"recommendation\">Check the call-setup path&#39;s database"
        + " pool</span>");
    assertThat(rows(section(html, "errors"))).isEqualTo(1 + 2 + 1);
    assertThat(html).contains("<td class=\"num\">80</td><td><code>503</code></td><td>Service Unavailable</td>");
  }

  @Test
  void escapesEveryTextFromTheModel() throws IOException {
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");

    assertThat(html).contains("<td>GET /x?a=1&amp;b=&lt;2&gt;</td>",
        "Bad &quot;gateway&quot; &lt;html&gt; &amp; &#39;quotes&#39;");
    assertThat(html).doesNotContain(HtmlRunSummaries.HOSTILE_LABEL, "<html> &", "b=<2>");
  }

  @Test
  void drawsFourChartsWithOnePointPerBucket() throws IOException {
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");

    assertThat(count(html, "<svg ")).isEqualTo(4);
    // rps, p95, p99, errors, threads: five lines over the four charts.
    assertThat(pointCounts(html)).containsExactly(30, 30, 30, 30, 30);
    assertThat(html).contains("<title>Requests per second</title>", "<title>Active threads</title>",
        "<title>Errors per 10 s interval</title>", "<title>Response time p95 and p99 (successful samples)</title>",
        ">0 s</text>", ">290 s</text>", ">1,250 ms</text>", "p99: min 520 · max 1,250 ms", "threads: min 10 · max 50");
  }

  @Test
  void plotsRequestsPerSecondAsSamplesPerIntervalSecond() throws IOException {
    // 250 samples in a 10 s bucket are 25 rps.
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(HtmlRunSummaries.series(30)), "");

    assertThat(html).contains("rps: min 5 · max 25 rps");
  }

  @Test
  void saysNoDataOnAnEmptySeriesAndDotsASingleBucket() throws IOException {
    String empty = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(List.of()), "");
    List<IntervalStats> one = HtmlRunSummaries.series(1);
    String single = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(one), "");

    assertThat(count(empty, "<svg ")).isEqualTo(4);
    assertThat(count(empty, ">no data</text>")).isEqualTo(4);
    assertThat(empty).doesNotContain("<polyline");
    assertThat(pointCounts(single)).containsExactly(1, 1, 1, 1, 1);
    assertThat(count(single, "<circle ")).isEqualTo(5);
    assertThat(single).doesNotContain("NaN", "Infinity");
  }

  @Test
  void linksTheDashboardRelativelyWhenGiven() throws IOException {
    Path output = directory.resolve("results");
    Path dashboard = directory.resolve("results/html report/index.html");

    String linked = Files.readString(BUILT_IN.write(HtmlRunSummaries.withTimeSeries(), output, dashboard));
    String unlinked = Files.readString(BUILT_IN.write(HtmlRunSummaries.withTimeSeries(), output, null));

    assertThat(linked).contains("<a href=\"html%20report/index.html\">Open JMeter's HTML dashboard</a>");
    assertThat(unlinked).doesNotContain("dashboard</a>");
    assertThat(SummaryHtmlWriter.dashboardHref(output, directory.resolve("dashboard/index.html")))
        .isEqualTo("../dashboard/index.html");
  }

  @Test
  void referencesNothingOnTheNetwork() throws IOException {
    String html = BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), "");

    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?(https?:)?//");
    assertThat(html).doesNotContainPattern("(?i)<script|<link|@import|url\\(");
  }

  @Test
  void rendersAUsersTemplateWithTheSameEscaping() throws IOException {
    Path template = Files.writeString(directory.resolve("mine.html.vm"),
        "<p>$verdict.outcome(): #foreach($l in $stats.labels())$l.label();#end</p>\n");

    assertThat(new SummaryHtmlWriter(template).render(HtmlRunSummaries.withTimeSeries(), ""))
        .isEqualTo("<p>FAIL: POST /v1/calls;GET /v1/agents|list;WS audio stream;GET /x?a=1&amp;b=&lt;2&gt;;</p>\n");
  }

  @Test
  void failsOnABrokenTemplateNamingIt() throws IOException {
    Path template = Files.writeString(directory.resolve("broken.html.vm"), "#if($verdict.passed()\nPASS\n");
    Path typo = Files.writeString(directory.resolve("typo.html.vm"), "$verdict.outcom()\n");

    assertThatThrownBy(() -> new SummaryHtmlWriter(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary.html")
        .hasMessageContaining(template.toString())
        .hasMessageContaining("clear the override");
    assertThatThrownBy(() -> new SummaryHtmlWriter(typo).render(HtmlRunSummaries.withTimeSeries(), ""))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(typo.toString())
        .hasMessageContaining("line 1");
  }

  @Test
  void writesTheFileWholeWithNoTemporaryLeft() throws IOException {
    Path file = BUILT_IN.write(HtmlRunSummaries.withTimeSeries(), directory, null);

    assertThat(file).isEqualTo(directory.resolve(SummaryHtmlWriter.FILE_NAME));
    assertThat(Files.readString(file)).isEqualTo(BUILT_IN.render(HtmlRunSummaries.withTimeSeries(), ""));
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  /** The jar bundles a copy of report-templates/summary.html.vm; this keeps the two from drifting. */
  @Test
  void bundlesTheSameTemplateReportTemplatesShips() throws IOException {
    Path shipped = Paths.get("..", "report-templates", "summary.html.vm");
    try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(SummaryHtmlWriter.BUILT_IN_TEMPLATE)) {
      assertThat(bundled).as("classpath resource %s", SummaryHtmlWriter.BUILT_IN_TEMPLATE).isNotNull();
      assertThat(new String(bundled.readAllBytes(), StandardCharsets.UTF_8))
          .as("the bundled template must equal %s byte for byte: copy it over", shipped)
          .isEqualTo(Files.readString(shipped));
    }
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\">");
    assertThat(start).as("section %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static int rows(String html) {
    return count(html, "<tr>");
  }

  private static int count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  private static List<Integer> pointCounts(String html) {
    Matcher polylines = POLYLINE_POINTS.matcher(html);
    return polylines.results().map(polyline -> polyline.group(1).split(" ").length).toList();
  }
}
