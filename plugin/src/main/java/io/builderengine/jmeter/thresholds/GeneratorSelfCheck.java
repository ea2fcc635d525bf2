package io.builderengine.jmeter.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges whether the load generator was the bottleneck of a run, and what that does to the verdict: a
 * run that would FAIL is INCONCLUSIVE instead, as its slow responses or low throughput may be the
 * generator's; a run that PASSes still passes (its latencies were upper bounds and still within the
 * limits), with the saturation noted; NO_DATA stays NO_DATA, since nothing measured proves nothing either
 * way. The generator counts as saturated when its process CPU was above its limit (default 80% of the
 * machine) or the p99 of scheduled samples' start lag was above its limit (default 10 ms): threads that
 * start requests late are threads the generator could not run on time.
 *
 * <p>Pure and thread-safe.
 */
public final class GeneratorSelfCheck {

  private GeneratorSelfCheck() {
  }

  /**
   * @param processCpuShare see {@link GeneratorCheck#processCpuShare()}
   * @param scheduleLagP99Ms NaN when no sample had a slot
   */
  public static GeneratorCheck check(double processCpuShare, int processors, long gcPauseMillis, long gcCollections,
      long heapAfterGcStartBytes, long heapAfterGcEndBytes, double scheduleLagP99Ms, double maxCpuShare,
      double maxScheduleLagP99Ms) {
    List<String> saturation = new ArrayList<>();
    if (processCpuShare > maxCpuShare) {
      saturation.add(String.format(Locale.ROOT, "the generator's process used %.0f%% of the machine's %d core%s, above %.0f%%",
          processCpuShare * 100, processors, processors == 1 ? "" : "s", maxCpuShare * 100));
    }
    if (scheduleLagP99Ms > maxScheduleLagP99Ms) {
      saturation.add(String.format(Locale.ROOT,
          "scheduled samples started up to %s ms after their slot (p99), above %s ms: the threads could not keep to the"
              + " schedule", ThresholdEvaluator.format(scheduleLagP99Ms), ThresholdEvaluator.format(maxScheduleLagP99Ms)));
    }
    return new GeneratorCheck(processCpuShare, processors, gcPauseMillis, gcCollections, heapAfterGcStartBytes,
        heapAfterGcEndBytes, scheduleLagP99Ms, maxCpuShare, maxScheduleLagP99Ms, saturation);
  }

  /** The verdict with the check attached: FAIL becomes INCONCLUSIVE when the generator was saturated. */
  public static RunVerdict apply(RunVerdict verdict, GeneratorCheck check) {
    // An aborted run is already a FAIL.
    Outcome outcome = check.saturated() && verdict.outcome() == Outcome.FAIL ? Outcome.INCONCLUSIVE : verdict.outcome();
    return new RunVerdict(outcome, verdict.verdicts(), verdict.abortReason(), check);
  }
}
