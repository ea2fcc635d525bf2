package io.builderengine.jmeter.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A step-by-step capacity search: raises concurrent calls by {@link StepPlan} until a step breaks
 * {@link StepCriteria} or the limit is reached.
 *
 * <p>A call belongs to the step in which it started, however long it lasts: judging only the calls
 * that also ended within their step would keep exactly the fast ones of an overloaded step. So a step is
 * judged once every call started in it has ended (and a short grace period after the step's end has
 * passed), or a whole hold period after its end: then the calls still running break it, unless what
 * ended already did.
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
  private final StepRecorder[] recorders;
  private final List<StepOutcome> outcomes = new ArrayList<>();
  private volatile boolean over;

  /** @param startMillis epoch ms at which step 0 starts */
  public CapacitySearch(StepPlan plan, StepCriteria criteria, long startMillis) {
    this.plan = plan;
    this.criteria = criteria;
    this.startMillis = startMillis;
    this.recorders = new StepRecorder[plan.steps()];
    for (int step = 0; step < recorders.length; step++) {
      recorders[step] = new StepRecorder();
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

  /**
   * A call starts now.
   *
   * @return its step, to hand to {@link #callEnded} and {@link #watched}; -1 outside the search
   */
  public int callStarting(long nowMillis) {
    int step = stepAt(nowMillis);
    if (step >= 0) {
      recorders[step].started();
    }
    return step;
  }

  /** A call of this step ended. */
  public void callEnded(int step, boolean successful) {
    if (step >= 0) {
      recorders[step].ended(successful);
    }
  }

  /** A response time the criteria watch, of a call of this step: the call's own, or one of its steps'. */
  public void watched(int step, long elapsedMillis) {
    if (step >= 0) {
      recorders[step].watched(elapsedMillis);
    }
  }

  /**
   * Judges every step that is over, whose calls have all ended, and that is not judged yet, stopping at
   * the first that breaks.
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
      StepRecorder recorder = recorders[step];
      long running = recorder.running();
      boolean waitedLongEnough = nowMillis >= stepEndMillis + plan.holdMillis();
      if (running > 0 && !waitedLongEnough) {
        return null;
      }
      StepOutcome outcome = recorder.judge(step, plan.concurrencyAt(step), criteria);
      if (running > 0 && !outcome.broken()) {
        outcome = outcome.brokenBecause(String.format(Locale.ROOT,
            "%d of %d calls started in the step had not ended %.0f s after it", running, recorder.startedCalls(),
            plan.holdMillis() / 1000.0));
      }
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
