package io.builderengine.jmeter.capacity;

/**
 * How a capacity search raises concurrency: {@code startCalls} at first, {@code stepCalls} more at
 * each step, never beyond {@code maxCalls}, each level held for {@code holdMillis}. The old suite's
 * ramp was 10 calls, +5 per step, capped at the user count.
 *
 * <p>Thread {@code k} (0-based) of the group joins at the step where concurrency first exceeds
 * {@code k}, so the group's thread count must be {@code maxCalls}. Immutable and thread-safe.
 *
 * @param startCalls concurrent calls of step 0, at least 1
 * @param stepCalls calls added per step, at least 1
 * @param maxCalls the limit: no step goes beyond it; at least {@code startCalls}
 * @param holdMillis how long each step lasts, at least 1 s
 */
public record StepPlan(int startCalls, int stepCalls, int maxCalls, long holdMillis) {

  private static final long MIN_HOLD_MILLIS = 1_000;

  public StepPlan {
    if (startCalls < 1) {
      throw new IllegalArgumentException("start calls must be at least 1, got " + startCalls);
    }
    if (stepCalls < 1) {
      throw new IllegalArgumentException("step calls must be at least 1, got " + stepCalls);
    }
    if (maxCalls < startCalls) {
      throw new IllegalArgumentException("max calls (" + maxCalls + ") must be at least the start calls ("
          + startCalls + "); raise -Jcapacity_max or lower -Jcapacity_start");
    }
    if (holdMillis < MIN_HOLD_MILLIS) {
      throw new IllegalArgumentException("each step must hold at least 1 s to judge it, got " + holdMillis + " ms");
    }
  }

  /** Steps from start to the limit; the last may add fewer than {@code stepCalls}. */
  public int steps() {
    return 1 + (maxCalls - startCalls + stepCalls - 1) / stepCalls;
  }

  /** Concurrent calls during a step (0-based). */
  public int concurrencyAt(int step) {
    return (int) Math.min(maxCalls, startCalls + (long) step * stepCalls);
  }

  /** The step at which thread {@code threadIndex} (0-based within its group) starts calling. */
  public int stepOfThread(int threadIndex) {
    return threadIndex < startCalls ? 0 : 1 + (threadIndex - startCalls) / stepCalls;
  }

  /** Milliseconds from the search's start to the start of a step. */
  public long stepStartMillis(int step) {
    return step * holdMillis;
  }

  /** Milliseconds the whole search lasts when no step breaks. */
  public long totalMillis() {
    return steps() * holdMillis;
  }

  @Override
  public String toString() {
    return startCalls + " concurrent calls, +" + stepCalls + " every " + holdMillis / 1000.0 + " s, up to "
        + maxCalls + " (" + steps() + " steps)";
  }
}
