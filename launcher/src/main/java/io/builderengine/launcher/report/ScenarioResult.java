package io.builderengine.launcher.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How one scenario's JMeter run ended. Immutable.
 *
 * @param name the scenario, e.g. {@code api}
 * @param folder its results folder
 * @param jmeterExitStatus JMeter's exit status; -1 when it did not run
 * @param thresholdsPassed of {@code thresholds}, as the listener judged them
 * @param failedThresholds every threshold that did not pass
 * @param findings what the plan's elements found (a capacity search's result), one sentence each
 * @param detail why there is no verdict (INCOMPLETE, ERROR, NOT_RUN), else ""
 */
public record ScenarioResult(String name, Path folder, Outcome outcome, int jmeterExitStatus, int thresholdsPassed,
    int thresholds, List<FailedThreshold> failedThresholds, List<String> findings, Figures figures, String detail) {

  public ScenarioResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(outcome, "outcome");
    failedThresholds = List.copyOf(failedThresholds);
    findings = List.copyOf(findings);
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(detail, "detail");
  }

  /** A scenario that never started: the launch was interrupted first. */
  public static ScenarioResult notRun(String name, Path folder) {
    return new ScenarioResult(name, folder, Outcome.NOT_RUN, -1, 0, 0, List.of(), List.of(), Figures.NONE,
        "not run: interrupted before it started");
  }

  /** A scenario whose JMeter could not be started or waited for. */
  public static ScenarioResult error(String name, Path folder, String detail) {
    return new ScenarioResult(name, folder, Outcome.ERROR, -1, 0, 0, List.of(), List.of(), Figures.NONE, detail);
  }
}
