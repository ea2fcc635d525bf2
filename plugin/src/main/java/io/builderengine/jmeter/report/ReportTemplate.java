package io.builderengine.jmeter.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
 * One report's Velocity template, the built-in classpath copy or a user's file, parsed by its own
 * strict-mode engine; the shared setup of the summary.md and summary.html writers.
 *
 * <p>Each instance has its own engine, never Velocity's singleton, so two plans in one JMeter cannot
 * share settings. Strict mode makes a misspelt reference fail the render, naming the template and
 * the line, instead of printing {@code $sumary} into a report.
 *
 * <p>Thread-safe: the engine and the parsed template are read-only once built; each render has its
 * own context.
 */
final class ReportTemplate {

  private final String reportName;
  private final String description;
  private final Template template;

  /**
   * Parses the template now, so a broken one is reported when the run starts, not after it.
   *
   * @param reportName the file the template renders, e.g. summary.md, for messages
   * @param builtInResource the classpath resource used when there is no override
   * @param override a user's template file, or null for the built-in one
   * @throws IllegalArgumentException when the template is missing or does not parse
   */
  ReportTemplate(String reportName, String builtInResource, Path override) {
    this.reportName = reportName;
    Properties settings = new Properties();
    settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    settings.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
    String name;
    if (override == null) {
      description = "built-in template " + builtInResource;
      name = builtInResource;
      settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
      settings.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
    } else {
      Path file = override.toAbsolutePath().normalize();
      description = "template " + file;
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
      throw new IllegalArgumentException("Cannot load the " + reportName + " " + description + ": " + e.getMessage()
          + (override == null ? "" : ". Fix the template, or clear the override to use the built-in one"), e);
    }
  }

  /**
   * The context every summary template gets: {@code $summary}, {@code $run}, {@code $verdict},
   * {@code $stats} and {@code $fmt}; callers add their own entries.
   */
  static VelocityContext summaryContext(RunSummary summary) {
    VelocityContext context = new VelocityContext();
    context.put("summary", summary);
    context.put("run", summary.run());
    context.put("verdict", summary.verdict());
    context.put("stats", summary.statistics());
    context.put("fmt", new ReportFormat());
    return context;
  }

  /** @throws IOException when the template fails on this context (strict mode: e.g. an unknown reference) */
  String render(VelocityContext context) throws IOException {
    StringWriter out = new StringWriter();
    try {
      template.merge(context, out);
    } catch (VelocityException e) {
      // An IOException so the caller's handling of a failed report write covers a bad template too.
      throw new IOException("The " + reportName + " " + description + " failed to render: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
