package io.builderengine.simulator.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a value satisfies a condition, within a bound. */
public final class Await {

  private static final long POLL_MILLIS = 10;

  private Await() {
  }

  /** The first value that satisfies the condition; throws AssertionError after the bound. */
  public static <T> T until(Duration within, Supplier<T> probe,
      Predicate<T> condition, String what) {
    long deadline = System.nanoTime() + within.toNanos();
    T last = probe.get();
    while (!condition.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " not reached within " + within + "; last: " + last);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
      last = probe.get();
    }
    return last;
  }
}
