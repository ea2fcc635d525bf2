package io.builderengine.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of {@link LoadTestRunner#runAll()}: one {@link ScenarioResult} per scenario, in the
 * order they ran. Each scenario's SLO listener has already written its summary.md, summary.json,
 * summary.html and junit.xml into its folder; {@link #save} writes chosen formats elsewhere.
 */
public final class LoadTestReport {

  private final List<ScenarioResult> results;

  LoadTestReport(List<ScenarioResult> results) {
    this.results = List.copyOf(results);
  }

  public List<ScenarioResult> results() {
    return results;
  }

  /** Each scenario's verdict, headline figures and failed thresholds. */
  public List<ScenarioAnalysis> analyze() {
    return results.stream().map(ScenarioAnalysis::of).toList();
  }

  /** Whether at least one scenario ran and every one passed: a report of nothing never passes. */
  public boolean overallPassed() {
    return !results.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
  }

  /**
   * Writes each scenario's reports in the chosen formats into {@code directory/<scenario>/}.
   *
   * @return the files written
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> save(Path directory, ReportType... types) {
    Objects.requireNonNull(directory, "directory");
    if (types.length == 0) {
      throw new IllegalArgumentException("name at least one ReportType to save");
    }
    List<Path> written = new ArrayList<>();
    for (ScenarioResult result : results) {
      Path folder = directory.resolve(result.scenario());
      try {
        Files.createDirectories(folder);
        for (ReportType type : types) {
          written.add(type.write(result.summary(), folder));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the " + result.scenario() + " reports into " + folder, e);
      }
    }
    return List.copyOf(written);
  }

  /** The analysis, one scenario per line, then the overall verdict. */
  @Override
  public String toString() {
    return analyze().stream().map(ScenarioAnalysis::toString).collect(Collectors.joining(System.lineSeparator()))
        + System.lineSeparator() + "overall: " + (overallPassed() ? "PASS" : "FAIL");
  }
}
