package io.builderengine.jmeter.capacity;

/**
 * How one step of a capacity search went.
 *
 * @param step 0-based
 * @param concurrentCalls calls held in flight during the step
 * @param calls calls that started within the step and ended
 * @param failedCalls of those, the failed ones
 * @param watchedSamples response times judged (the watched labels' samples of those calls)
 * @param p95Millis p95 of the watched response times, NaN when there is none
 * @param broken whether the step broke a criterion
 * @param reason why it broke, or "" when it held
 */
public record StepOutcome(int step, int concurrentCalls, long calls, long failedCalls, long watchedSamples,
    double p95Millis, boolean broken, String reason) {

  /** The same figures, broken for this reason. */
  StepOutcome brokenBecause(String why) {
    return new StepOutcome(step, concurrentCalls, calls, failedCalls, watchedSamples, p95Millis, true, why);
  }

  public double errorRate() {
    return calls == 0 ? 0 : (double) failedCalls / calls;
  }
}
