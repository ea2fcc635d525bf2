package io.builderengine.jmeter.thresholds;

import java.util.List;

/**
 * The load generator's own figures over a run, and whether they show it was the bottleneck: then its
 * latencies are upper bounds and its throughput a lower one, whatever the target could do.
 *
 * <p>In distributed mode the process figures are the controller's (where the listener runs), while
 * the schedule lag comes from the engines' samples.
 *
 * @param processCpuShare the generator process's CPU time over the run's wall time and every core of
 *     the machine, 0 to 1; NaN when the JVM does not report it
 * @param processors cores the JVM may use
 * @param gcPauseMillis time the garbage collectors reported spent collecting during the run
 * @param gcCollections collections during the run
 * @param heapAfterGcStartBytes heap in use just after the last collection before the run, summed over
 *     the heap's pools; -1 when no collection had run yet
 * @param heapAfterGcEndBytes the same at the run's end; a rise from the start is a heap that grew with
 *     the run
 * @param scheduleLagP99Ms p99 of scheduled samples' start minus slot; NaN when no sample had a slot
 * @param maxCpuShare the CPU share above which the generator counts as saturated
 * @param maxScheduleLagP99Ms the schedule-lag p99 above which the same holds
 * @param saturation one sentence per limit crossed; empty when the generator kept up
 */
public record GeneratorCheck(double processCpuShare, int processors, long gcPauseMillis, long gcCollections,
    long heapAfterGcStartBytes, long heapAfterGcEndBytes, double scheduleLagP99Ms, double maxCpuShare,
    double maxScheduleLagP99Ms, List<String> saturation) {

  public GeneratorCheck {
    saturation = List.copyOf(saturation);
  }

  /** Whether the generator was the bottleneck. */
  public boolean saturated() {
    return !saturation.isEmpty();
  }
}
