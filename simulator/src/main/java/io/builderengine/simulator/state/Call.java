package io.builderengine.simulator.state;

/**
 * One call as stored: immutable; every change makes a new value. A call nobody ended has a null
 * {@code endStatus} and derives its status from its {@link CallSchedule} and the clock.
 *
 * @param id {@code call_<12 hex>}
 * @param sequence creation order, for listing newest first
 * @param details what the call is
 * @param schedule when it rings, is answered and completes by itself
 * @param controls hold, recording and transfer state
 * @param updatedAtMillis when a client last changed it
 * @param endStatus the final status once ended, else null
 * @param endedAtMillis when it ended; {@link CallSchedule#NEVER} while not ended
 */
public record Call(String id, long sequence, CallDetails details, CallSchedule schedule,
    CallControls controls, long updatedAtMillis, CallStatus endStatus, long endedAtMillis) {

  /** A call just created, not yet ended. */
  public static Call created(String id, long sequence, CallDetails details,
      CallSchedule schedule) {
    return new Call(id, sequence, details, schedule, CallControls.NONE,
        schedule.createdAtMillis(), null, CallSchedule.NEVER);
  }

  public CallStatus status(long nowMillis) {
    return endStatus != null ? endStatus : schedule.liveStatusAt(nowMillis);
  }

  /** Whether the call is still going on (any non-terminal status). */
  public boolean isActive(long nowMillis) {
    return !status(nowMillis).isTerminal();
  }

  /** Whether the stored value records an end (a call past its maximum length may not yet). */
  public boolean hasEnded() {
    return endStatus != null;
  }

  /**
   * This call with the end it reached by itself, if it ran past its maximum length by now; else
   * this call unchanged.
   */
  public Call settledAt(long nowMillis) {
    if (endStatus == null && nowMillis >= schedule.autoEndAtMillis()) {
      return ended(CallStatus.COMPLETED, schedule.autoEndAtMillis());
    }
    return this;
  }

  public Call ended(CallStatus status, long atMillis) {
    return new Call(id, sequence, details, schedule, controls, atMillis, status, atMillis);
  }

  public Call withControls(CallControls newControls, long atMillis) {
    return new Call(id, sequence, details, schedule, newControls, atMillis, endStatus,
        endedAtMillis);
  }

  /** When the call was answered, if it was by the given time (and before it ended). */
  public boolean wasAnsweredBy(long nowMillis) {
    return schedule.answeredAtMillis() <= Math.min(nowMillis, endedAtMillis);
  }

  /** Talk time of an ended call in whole seconds (0 if never answered). */
  public long durationSeconds() {
    return wasAnsweredBy(endedAtMillis)
        ? (endedAtMillis - schedule.answeredAtMillis()) / 1000 : 0;
  }

  /** When the call last changed, counting automatic milestones reached by now. */
  public long lastUpdatedAt(long nowMillis) {
    return hasEnded() ? updatedAtMillis
        : Math.max(updatedAtMillis, schedule.lastMilestoneAt(nowMillis));
  }
}
