package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens summary.html in headless Chromium: what a reader's browser makes of it, not what the writer meant. */
class SummaryHtmlChromiumTest {

  @TempDir
  Path directory;

  @Test
  void chromiumRendersTheVerdictEndpointsAndCharts() throws IOException, InterruptedException {
    HeadlessChromium chromium = new HeadlessChromium(directory);
    Path page = new SummaryHtmlWriter(null).write(HtmlRunSummaries.withTimeSeries(), directory.resolve("out"), null);

    String dom = chromium.dumpDom(page);

    assertThat(dom).as("DOM dumped by %s", chromium.version())
        .contains("<h1>FAIL</h1>", "2 of 4 thresholds passed", "<td>POST /v1/calls</td>", "<td>WS audio stream</td>",
            "<td>GET /x?a=1&amp;b=&lt;2&gt;</td>");
    assertThat(dom.split("<svg ", -1)).as("svg elements in the DOM").hasSize(4 + 1);
  }

  @Test
  void chromiumTakesANonTrivialScreenshot() throws IOException, InterruptedException {
    HeadlessChromium chromium = new HeadlessChromium(directory);
    Path page = new SummaryHtmlWriter(null).write(HtmlRunSummaries.withTimeSeries(), directory.resolve("out"), null);
    Path png = directory.resolve("summary.png");

    chromium.screenshot(page, png, 1280, 2000);

    assertThat(png).exists();
    assertThat(Files.size(png)).as("screenshot size in bytes: a blank page is a few KB").isGreaterThan(10 * 1024);
  }
}
