package io.builderengine.jmeter.thresholds;

import java.util.List;

/**
 * The run's verdict: PASS only when every threshold passed and none lacked data; INCONCLUSIVE instead of
 * FAIL when the load generator was the bottleneck ({@link GeneratorSelfCheck}).
 *
 * @param abortReason why the run was stopped early by a sustained breach, or null
 * @param generator the load generator's self-check, or null when it was not measured
 */
public record RunVerdict(Outcome outcome, List<Verdict> verdicts, String abortReason, GeneratorCheck generator) {

  /** A verdict without a generator self-check. */
  public RunVerdict(Outcome outcome, List<Verdict> verdicts, String abortReason) {
    this(outcome, verdicts, abortReason, null);
  }

  /** Whether the run would have failed but the generator was saturated: not a verdict on the target. */
  public boolean inconclusive() {
    return outcome == Outcome.INCONCLUSIVE;
  }

  public boolean passed() {
    return outcome.passed() && abortReason == null;
  }

  public long failedCount() {
    return verdicts.stream().filter(verdict -> !verdict.outcome().passed()).count();
  }
}
