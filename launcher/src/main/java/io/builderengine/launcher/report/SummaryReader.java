package io.builderengine.launcher.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the verdict and key figures of a scenario from the summary.json the SLO listener wrote into
 * its folder, and weighs them with JMeter's exit status.
 */
public final class SummaryReader {

  static final String SUMMARY_FILE = "summary.json";
  /** As {@link io.builderengine.launcher.ScenarioRun#results()} names it. */
  static final String RESULTS_FILE = "results.jtl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryReader() {
  }

  public static ScenarioResult read(String name, Path folder, int jmeterExitStatus) {
    Path file = folder.resolve(SUMMARY_FILE);
    if (!Files.isRegularFile(file) && KilledProcess.bySignal(jmeterExitStatus)) {
      return new ScenarioResult(name, folder, Outcome.INCOMPLETE, jmeterExitStatus, 0, 0, List.of(), List.of(),
          Figures.NONE, incomplete(folder, jmeterExitStatus));
    }
    if (!Files.isRegularFile(file)) {
      return new ScenarioResult(name, folder, Outcome.ERROR, jmeterExitStatus, 0, 0, List.of(), List.of(), Figures.NONE,
          "JMeter exited with status " + jmeterExitStatus + " and wrote no summary: see " + folder.resolve("jmeter.log")
              + " and console.log");
    }
    JsonNode summary;
    try {
      summary = JSON.readTree(file.toFile());
    } catch (IOException e) {
      return new ScenarioResult(name, folder, Outcome.ERROR, jmeterExitStatus, 0, 0, List.of(), List.of(), Figures.NONE,
          file + " cannot be read: " + e.getMessage());
    }
    JsonNode verdict = summary.path("verdict");
    Outcome outcome = Outcome.ofVerdict(verdict.path("outcome").asText());
    String detail = "";
    if (outcome.passed() && jmeterExitStatus != 0) {
      outcome = Outcome.ERROR;
      detail = "every threshold passed, but JMeter exited with status " + jmeterExitStatus + ": see "
          + folder.resolve("jmeter.log");
    }
    List<FailedThreshold> failed = new ArrayList<>();
    int passed = 0;
    for (JsonNode threshold : verdict.path("verdicts")) {
      if ("PASS".equals(threshold.path("outcome").asText())) {
        passed++;
      } else {
        failed.add(new FailedThreshold(threshold.path("metric").asText(), threshold.path("outcome").asText(),
            threshold.path("scope").asText(), threshold.path("explanation").asText()));
      }
    }
    List<String> findings = new ArrayList<>();
    summary.path("findings").forEach(finding -> findings.add(finding.asText()));
    if (!verdict.path("abortReason").isNull() && verdict.has("abortReason")) {
      findings.add("stopped early: " + verdict.path("abortReason").asText());
    }
    return new ScenarioResult(name, folder, outcome, jmeterExitStatus, passed, verdict.path("verdicts").size(),
        failed, findings, figures(summary.at("/statistics/overall")), detail);
  }

  /** E.g. "JMeter was killed by signal 9 (SIGKILL) before its verdict; results.jtl keeps its 1,234 sample lines ...". */
  private static String incomplete(Path folder, int jmeterExitStatus) {
    Path results = folder.resolve(RESULTS_FILE);
    String kept;
    try {
      kept = RESULTS_FILE + " keeps its " + String.format("%,d", ResultFileLines.completeLines(results))
          + " complete sample lines recorded until then (a last partial line at most is lost)";
    } catch (IOException e) {
      kept = "no " + RESULTS_FILE + " could be read (" + e.getMessage() + ")";
    }
    return "JMeter was killed by " + KilledProcess.signalName(jmeterExitStatus) + " before its verdict; " + kept
        + ": see " + folder.resolve("jmeter.log") + " and console.log";
  }

  private static Figures figures(JsonNode overall) {
    JsonNode elapsed = overall.path("elapsedSuccessful");
    return new Figures(overall.path("samples").asLong(), overall.path("errors").asLong(),
        number(overall.path("errorRate")), number(overall.path("throughputPerSecond")), number(elapsed.path("meanMs")),
        number(elapsed.path("p95Ms")), number(elapsed.path("p99Ms")));
  }

  /** Absent or null (nothing measured) as NaN, which the reports print as n/a. */
  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }
}
