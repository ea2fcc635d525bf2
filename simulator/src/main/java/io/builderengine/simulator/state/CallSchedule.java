package io.builderengine.simulator.state;

/**
 * When a call passes each milestone of its life if nobody ends it. Statuses are derived from it
 * and the clock on demand, so no timer runs per call.
 *
 * @param createdAtMillis when the call was created (epoch ms)
 * @param ringingAtMillis when it starts ringing
 * @param answeredAtMillis when it is answered; {@link #NEVER} for calls that never were
 * @param autoEndAtMillis when it completes by itself (the maximum call length)
 */
public record CallSchedule(long createdAtMillis, long ringingAtMillis, long answeredAtMillis,
    long autoEndAtMillis) {

  /** Marks a milestone that never happens. */
  public static final long NEVER = Long.MAX_VALUE;

  /** The status of a call nobody ended, at a given time. */
  public CallStatus liveStatusAt(long nowMillis) {
    if (nowMillis >= autoEndAtMillis) {
      return CallStatus.COMPLETED;
    }
    if (nowMillis >= answeredAtMillis) {
      return CallStatus.IN_PROGRESS;
    }
    return nowMillis >= ringingAtMillis ? CallStatus.RINGING : CallStatus.INITIATED;
  }

  /** The latest milestone reached by a given time: the call's last automatic update. */
  public long lastMilestoneAt(long nowMillis) {
    long last = createdAtMillis;
    for (long milestone : new long[] {ringingAtMillis, answeredAtMillis, autoEndAtMillis}) {
      if (milestone <= nowMillis) {
        last = Math.max(last, milestone);
      }
    }
    return last;
  }
}
