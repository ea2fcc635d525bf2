package io.builderengine.jmeter.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes summary.md, the run in Markdown for pull-request comments and {@code $GITHUB_STEP_SUMMARY}:
 * verdict first, then settings, thresholds, endpoints, steps, media streams and database pools (when
 * the run has any), highlights and top errors.
 *
 * <p>Rendered by Velocity from the built-in {@code summary.md.vm} (the copy of
 * {@code report-templates/summary.md.vm} bundled in the jar) or from a user's template, by a
 * strict-mode engine of its own (see {@link ReportTemplate}).
 *
 * <p>Thread-safe: the engine and the parsed template are read-only once built.
 */
public final class SummaryMarkdownWriter {

  public static final String FILE_NAME = "summary.md";

  static final String BUILT_IN_TEMPLATE = "io/builderengine/jmeter/report/summary.md.vm";

  private final ReportTemplate template;

  /**
   * Parses the template now, so a broken one is reported when the run starts, not after it.
   *
   * @param templateOverride a user's template file, or null for the built-in report-templates/summary.md.vm
   *     (bundled as a classpath resource)
   * @throws IllegalArgumentException when the template is missing or does not parse
   */
  public SummaryMarkdownWriter(Path templateOverride) {
    template = new ReportTemplate(FILE_NAME, BUILT_IN_TEMPLATE, templateOverride);
  }

  /** @return the file written, {@code <outputDirectory>/summary.md} */
  public Path write(RunSummary summary, Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(file, render(summary).getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** @throws IOException when the template fails on this summary (strict mode: e.g. an unknown reference) */
  String render(RunSummary summary) throws IOException {
    return template.render(ReportTemplate.summaryContext(summary));
  }
}
