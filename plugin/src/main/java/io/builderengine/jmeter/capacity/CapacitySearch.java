package io.builderengine.jmeter.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A step-by-step capacity search: raises concurrent calls by {@link StepPlan} until a step breaks
 * {@link StepCriteria} or the limit is reached.
 *
 * <p>A call belongs to the step in which it started, and counts only if it also ended within that step,
 * so every judged call ran at the step's concurrency. Each step is judged a short grace period after its
 * end, to let the results of calls ended just before it arrive.
 *
 * <p>Thread-safe: sampling threads record and ask for their start delay concurrently; one thread judges
 * ({@link #judgeDueSteps} is synchronized).
 */
public final class CapacitySearch {

  /** Results of calls that ended just before a step's end reach listeners a little later. */
  static final long JUDGING_GRACE_MILLIS = 250;

  private final StepPlan plan;
  private final StepCriteria criteria;
  private final long startMillis;
  private final AtomicReferenceArray<StepRecorder> recorders;
  private final List<StepOutcome> outcomes = new ArrayList<>();
  private volatile boolean over;

  /** @param startMillis epoch ms at which step 0 starts */
  public CapacitySearch(StepPlan plan, StepCriteria criteria, long startMillis) {
    this.plan = plan;
    this.criteria = criteria;
    this.startMillis = startMillis;
    this.recorders = new AtomicReferenceArray<>(plan.steps());
    for (int step = 0; step < plan.steps(); step++) {
      recorders.set(step, new StepRecorder());
    }
  }

  public StepPlan plan() {
    return plan;
  }

  public StepCriteria criteria() {
    return criteria;
  }

  /** Whether a step broke or the last step was judged: threads should stop. */
  public boolean isOver() {
    return over;
  }

  /** Milliseconds until a thread of this index may start its first call; 0 when its step has begun. */
  public long millisUntilThreadJoins(int threadIndex, long nowMillis) {
    return Math.max(0, startMillis + plan.stepStartMillis(plan.stepOfThread(threadIndex)) - nowMillis);
  }

  /** Records a finished call (a top-level sample). */
  public void recordCall(long callStartMillis, long callEndMillis, boolean successful) {
    int step = stepOfCall(callStartMillis, callEndMillis);
    if (step >= 0) {
      recorders.get(step).call(successful);
    }
  }

  /** Records a response time the criteria watch: the call's own, or one of its steps'. */
  public void recordWatched(long callStartMillis, long callEndMillis, long elapsedMillis) {
    int step = stepOfCall(callStartMillis, callEndMillis);
    if (step >= 0) {
      recorders.get(step).watched(elapsedMillis);
    }
  }

  /** The step a call belongs to, or -1 when it ran across two steps or outside the search. */
  private int stepOfCall(long callStartMillis, long callEndMillis) {
    int step = stepAt(callStartMillis);
    return step == stepAt(Math.max(callStartMillis, callEndMillis - 1)) ? step : -1;
  }

  /**
   * Judges every step that is over and not judged yet, stopping at the first that breaks.
   *
   * @return the finding when the search just ended (a step broke or the last one held), else null
   */
  public synchronized CapacityFinding judgeDueSteps(long nowMillis) {
    if (over) {
      return null;
    }
    while (outcomes.size() < plan.steps()) {
      int step = outcomes.size();
      long stepEndMillis = startMillis + plan.stepStartMillis(step) + plan.holdMillis();
      if (nowMillis < stepEndMillis + JUDGING_GRACE_MILLIS) {
        return null;
      }
      StepOutcome outcome = recorders.get(step).judge(step, plan.concurrencyAt(step), criteria);
      outcomes.add(outcome);
      if (outcome.broken()) {
        break;
      }
    }
    over = true;
    return finding();
  }

  /** What has been found so far (all judged steps). */
  public synchronized CapacityFinding finding() {
    return new CapacityFinding(plan, criteria, outcomes);
  }

  private int stepAt(long epochMillis) {
    long sinceStart = epochMillis - startMillis;
    if (sinceStart < 0 || sinceStart >= plan.totalMillis()) {
      return -1;
    }
    return (int) (sinceStart / plan.holdMillis());
  }
}
