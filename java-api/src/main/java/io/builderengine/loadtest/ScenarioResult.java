package io.builderengine.loadtest;

import io.builderengine.jmeter.report.RunSummary;
import java.nio.file.Path;

/**
 * One scenario's run: everything its reports say, and the folder its SLO listener wrote them to.
 *
 * @param scenario as the command line names it: {@code api}, {@code calls}, ...
 */
public record ScenarioResult(String scenario, RunSummary summary, Path folder) {

  /** Whether every threshold passed, none lacked data and the run was not stopped by a breach. */
  public boolean passed() {
    return summary.verdict().passed();
  }
}
