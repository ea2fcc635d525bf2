package io.builderengine.jmeter.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;

/**
 * Writes summary.html, the run as one self-contained page for people who open CI artifacts: verdict
 * banner first, then settings, thresholds, endpoints, steps, media streams and database pools (when
 * the run has any), highlights, top errors and four time-series charts drawn as inline SVG. No
 * script, stylesheet, font or image is fetched, so the page works offline and from a zip.
 *
 * <p>Rendered by Velocity from the built-in {@code summary.html.vm} (the copy of
 * {@code report-templates/summary.html.vm} bundled in the jar) or from a user's template, by a
 * strict-mode engine of its own (see {@link ReportTemplate}). Every inserted value is HTML-escaped
 * (see {@link HtmlEscaper}); templates get {@code $charts}, the SVG markup, and {@code $dashboardHref},
 * empty when there is no dashboard, on top of the summary.md context.
 *
 * <p>Thread-safe: the engine and the parsed template are read-only once built; each render has its
 * own context and formatter.
 */
public final class SummaryHtmlWriter {

  public static final String FILE_NAME = "summary.html";

  static final String BUILT_IN_TEMPLATE = "io/builderengine/jmeter/report/summary.html.vm";

  private final ReportTemplate template;

  /**
   * Parses the template now, so a broken one is reported when the run starts, not after it.
   *
   * @param templateOverride a user's template file, or null for the built-in report-templates/summary.html.vm
   *     (bundled as a classpath resource)
   * @throws IllegalArgumentException when the template is missing or does not parse, naming it
   */
  public SummaryHtmlWriter(Path templateOverride) {
    template = new ReportTemplate(FILE_NAME, BUILT_IN_TEMPLATE, templateOverride);
  }

  /**
   * @param dashboardIndex JMeter's HTML dashboard index.html when one is generated, else null: the page
   *     links to it (relative link when possible)
   * @return the file written, {@code <outputDirectory>/summary.html}
   * @throws IOException when the file cannot be written or the template fails on this summary
   */
  public Path write(RunSummary summary, Path outputDirectory, Path dashboardIndex) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(file, render(summary, dashboardHref(outputDirectory, dashboardIndex))
        .getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** @param dashboardHref the dashboard link as it goes in the page, or "" for none */
  String render(RunSummary summary, String dashboardHref) throws IOException {
    VelocityContext context = ReportTemplate.summaryContext(summary);
    context.put("charts", new TimeSeriesCharts(new ReportFormat()).draw(summary.statistics()));
    context.put("dashboardHref", dashboardHref);
    EventCartridge escaping = new EventCartridge();
    escaping.addEventHandler(new HtmlEscaper());
    escaping.attachToContext(context);
    return template.render(context);
  }

  /**
   * A link from the page to the dashboard: relative, so the pair still works when CI zips the output
   * directory or a reader copies it; a file URI when no relative path exists (another drive).
   */
  static String dashboardHref(Path outputDirectory, Path dashboardIndex) {
    if (dashboardIndex == null) {
      return "";
    }
    Path from = outputDirectory.toAbsolutePath().normalize();
    Path to = dashboardIndex.toAbsolutePath().normalize();
    try {
      StringBuilder href = new StringBuilder();
      for (Path segment : from.relativize(to)) {
        // Percent-encodes spaces and the like in each name; "/" joins them whatever the OS separator.
        href.append(href.length() == 0 ? "" : "/").append(new URI(null, null, segment.toString(), null).getRawPath());
      }
      return href.toString();
    } catch (IllegalArgumentException | URISyntaxException e) {
      return to.toUri().toString();
    }
  }
}
