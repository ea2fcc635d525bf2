package io.builderengine.jmeter.timers;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the due times of one thread group's requests, in order, to whichever thread asks next.
 *
 * <p>The schedule starts at the first request, not at the test's start, so a setUp group or a slow
 * JVM start does not turn into a burst of overdue requests. A thread that asks late (every thread was
 * busy) gets a due time in the past and goes at once: the count of the schedule is kept, as an open
 * model keeps it, and the threads of the group cap how many requests are in flight.
 *
 * <p>Thread-safe and lock-free: one atomic increment per request.
 */
final class ArrivalClock {

  private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

  private final RateSchedule schedule;
  private final long startNanos;
  private final AtomicLong requestsHandedOut = new AtomicLong();

  ArrivalClock(RateSchedule schedule, long startNanos) {
    this.schedule = schedule;
    this.startNanos = startNanos;
  }

  /**
   * @return the {@link System#nanoTime()} at which the next request is due, or
   *     {@link Long#MAX_VALUE} when the schedule has no more requests
   */
  long nextDueNanos() {
    double dueSeconds = schedule.dueSeconds(requestsHandedOut.incrementAndGet());
    if (dueSeconds == Double.POSITIVE_INFINITY) {
      return Long.MAX_VALUE;
    }
    return startNanos + (long) (dueSeconds * NANOS_PER_SECOND);
  }
}
