package io.builderengine.jmeter.thresholds;

import java.util.List;

/**
 * The run's verdict: PASS only when every threshold passed and none lacked data.
 *
 * @param abortReason why the run was stopped early by a sustained breach, or null
 */
public record RunVerdict(Outcome outcome, List<Verdict> verdicts, String abortReason) {

  public boolean passed() {
    return outcome.passed() && abortReason == null;
  }

  public long failedCount() {
    return verdicts.stream().filter(verdict -> !verdict.outcome().passed()).count();
  }
}
