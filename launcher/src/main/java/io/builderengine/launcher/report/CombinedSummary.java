package io.builderengine.launcher.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.jmeter.report.AtomicFiles;
import io.builderengine.jmeter.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The top of an {@code all} run's folder: summary.json and summary.md with each scenario's verdict
 * and key figures, linking to its own reports, and the overall verdict, the worst of them.
 */
public final class CombinedSummary {

  public static final String JSON_FILE = "summary.json";
  public static final String MARKDOWN_FILE = "summary.md";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CombinedSummary() {
  }

  public static void write(Path folder, LaunchReport report) throws IOException {
    AtomicFiles.write(folder.resolve(JSON_FILE), JSON.writeValueAsBytes(json(folder, report)));
    AtomicFiles.write(folder.resolve(MARKDOWN_FILE), markdown(folder, report).getBytes(StandardCharsets.UTF_8));
  }

  static ObjectNode json(Path folder, LaunchReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "Builder Engine load suite launcher");
    root.put("test", report.test());
    root.put("parallel", report.parallel());
    root.put("startedAt", report.startedAt().toString());
    root.put("endedAt", report.endedAt().toString());
    root.put("target", report.target());
    root.put("targetIsBundledSimulator", report.simulated());
    root.put("profile", report.profile());
    root.put("interrupted", report.interrupted());
    root.put("outcome", report.outcome().name());
    root.put("scenariosPassed", report.passedCount());
    root.put("totalSamples", report.totalSamples());
    root.put("totalErrors", report.totalErrors());
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioResult result : report.results()) {
      ObjectNode scenario = scenarios.addObject();
      scenario.put("name", result.name());
      scenario.put("outcome", result.outcome().name());
      scenario.put("folder", folder.relativize(result.folder()).toString());
      scenario.put("jmeterExitStatus", result.jmeterExitStatus());
      scenario.put("thresholdsPassed", result.thresholdsPassed());
      scenario.put("thresholds", result.thresholds());
      ArrayNode failed = scenario.putArray("failedThresholds");
      result.failedThresholds().forEach(threshold -> failed.add(threshold.toString()));
      result.findings().forEach(scenario.putArray("findings")::add);
      Figures figures = result.figures();
      scenario.put("samples", figures.samples());
      scenario.put("errors", figures.errors());
      putNumber(scenario, "errorRate", figures.errorRate());
      putNumber(scenario, "throughputPerSecond", figures.throughputPerSecond());
      putNumber(scenario, "meanMs", figures.meanMs());
      putNumber(scenario, "p95Ms", figures.p95Ms());
      putNumber(scenario, "p99Ms", figures.p99Ms());
      scenario.put("detail", result.detail());
    }
    return root;
  }

  static String markdown(Path folder, LaunchReport report) {
    ReportFormat format = new ReportFormat();
    StringBuilder md = new StringBuilder()
        .append("## ").append(report.outcome().passed() && !report.interrupted() ? "✅ PASS" : "❌ " + headline(report))
        .append(" — ").append(report.passedCount()).append(" of ").append(report.results().size())
        .append(" scenarios passed\n\n")
        .append("**Test** ").append(report.test()).append(report.parallel() ? " (parallel)" : "")
        .append(" · **Profile** ").append(report.profile() == null ? "each plan's own" : report.profile())
        .append(" · **Target** ").append(format.cell(report.target())).append(report.simulated() ? " (bundled simulator)" : "")
        .append(" · **Started** ").append(report.startedAt()).append("\n\n")
        .append("| Scenario | Verdict | Thresholds | Samples | Errors | Error % | RPS | Mean ms | p95 ms | p99 ms | Report |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (ScenarioResult result : report.results()) {
      Figures figures = result.figures();
      String link = folder.relativize(result.folder()).toString().replace('\\', '/');
      md.append("| ").append(result.name())
          .append(" | ").append(badge(result.outcome()))
          .append(" | ").append(result.thresholdsPassed()).append('/').append(result.thresholds())
          .append(" | ").append(format.count(figures.samples()))
          .append(" | ").append(format.count(figures.errors()))
          .append(" | ").append(format.percent(figures.errorRate()))
          .append(" | ").append(format.rps(figures.throughputPerSecond()))
          .append(" | ").append(format.ms(figures.meanMs()))
          .append(" | ").append(format.ms(figures.p95Ms()))
          .append(" | ").append(format.ms(figures.p99Ms()))
          .append(" | [summary](").append(link).append("/summary.md) · [dashboard](").append(link)
          .append("/dashboard/index.html) |\n");
    }
    appendList(md, "Failed thresholds", report, true);
    appendList(md, "Findings", report, false);
    if (report.interrupted()) {
      md.append("\nInterrupted: JMeter was stopped gracefully; the figures cover the run up to the stop.\n");
    }
    return md.toString();
  }

  private static void appendList(StringBuilder md, String title, LaunchReport report, boolean failures) {
    StringBuilder items = new StringBuilder();
    for (ScenarioResult result : report.results()) {
      List<?> listed = failures ? result.failedThresholds() : result.findings();
      for (Object item : listed) {
        items.append("- ").append(result.name()).append(": ").append(item).append('\n');
      }
      if (failures && !result.detail().isEmpty()) {
        items.append("- ").append(result.name()).append(": ").append(result.detail()).append('\n');
      }
    }
    if (items.length() > 0) {
      md.append("\n### ").append(title).append("\n\n").append(items);
    }
  }

  private static String headline(LaunchReport report) {
    return report.interrupted() ? "INTERRUPTED" : report.outcome().name();
  }

  private static String badge(Outcome outcome) {
    return switch (outcome) {
      case PASS -> "✅ PASS";
      case NO_DATA -> "⚠️ NO_DATA";
      case INCONCLUSIVE -> "⚠️ INCONCLUSIVE";
      case NOT_RUN -> "⏹️ NOT_RUN";
      default -> "❌ " + outcome.name();
    };
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
