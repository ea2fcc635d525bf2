package io.builderengine.jmeter.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * Writes summary.md, the run in Markdown for pull-request comments and {@code $GITHUB_STEP_SUMMARY}:
 * verdict first, then settings, thresholds, endpoints, highlights and top errors.
 *
 * <p>Rendered by Velocity from the built-in {@code summary.md.vm} (the copy of
 * {@code report-templates/summary.md.vm} bundled in the jar) or from a user's template. Each writer
 * has its own engine, never Velocity's singleton, so two plans in one JMeter cannot share settings.
 * The engine runs in strict mode: a misspelt reference fails the render, naming the template and the
 * line, instead of printing {@code $sumary} into a PR comment.
 *
 * <p>Thread-safe: the engine and the parsed template are read-only once built.
 */
public final class SummaryMarkdownWriter {

  public static final String FILE_NAME = "summary.md";

  static final String BUILT_IN_TEMPLATE = "io/builderengine/jmeter/report/summary.md.vm";

  private final String templateDescription;
  private final Template template;

  /**
   * Parses the template now, so a broken one is reported when the run starts, not after it.
   *
   * @param templateOverride a user's template file, or null for the built-in report-templates/summary.md.vm
   *     (bundled as a classpath resource)
   * @throws IllegalArgumentException when the template is missing or does not parse
   */
  public SummaryMarkdownWriter(Path templateOverride) {
    Properties settings = new Properties();
    settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    settings.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
    String name;
    if (templateOverride == null) {
      templateDescription = "built-in template " + BUILT_IN_TEMPLATE;
      name = BUILT_IN_TEMPLATE;
      settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
      settings.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
    } else {
      Path file = templateOverride.toAbsolutePath().normalize();
      templateDescription = "template " + file;
      name = file.getFileName().toString();
      settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "file");
      settings.setProperty("resource.loader.file.class", FileResourceLoader.class.getName());
      settings.setProperty(RuntimeConstants.FILE_RESOURCE_LOADER_PATH, file.getParent().toString());
    }
    try {
      VelocityEngine engine = new VelocityEngine(settings);
      engine.init();
      template = engine.getTemplate(name, StandardCharsets.UTF_8.name());
    } catch (VelocityException e) {
      throw new IllegalArgumentException("Cannot load the summary.md " + templateDescription + ": " + e.getMessage()
          + (templateOverride == null ? "" : ". Fix the template, or clear the override to use the built-in one"), e);
    }
  }

  /** @return the file written, {@code <outputDirectory>/summary.md} */
  public Path write(RunSummary summary, Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(file, render(summary).getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** @throws IOException when the template fails on this summary (strict mode: e.g. an unknown reference) */
  String render(RunSummary summary) throws IOException {
    VelocityContext context = new VelocityContext();
    context.put("summary", summary);
    context.put("run", summary.run());
    context.put("verdict", summary.verdict());
    context.put("stats", summary.statistics());
    context.put("fmt", new ReportFormat());
    StringWriter out = new StringWriter();
    try {
      template.merge(context, out);
    } catch (VelocityException e) {
      // An IOException so the caller's handling of a failed report write covers a bad template too.
      throw new IOException("The summary.md " + templateDescription + " failed to render: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
