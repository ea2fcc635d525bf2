package io.builderengine.jmeter.exit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jmeter.JMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a headless {@code jmeter -n} run end with a failure status once everything else has finished.
 *
 * <p>JMeter's non-GUI run never calls {@code System.exit}: the JVM ends with status 0 when its last
 * non-daemon thread ends. So a failure starts one non-daemon thread that waits until it is the last
 * non-daemon thread left (result files closed, dashboard written, "end of run" printed) and then
 * exits with the status. Nothing is cut off, and CI sees the failure. In the GUI or in-process
 * (tests, the Java API) it does nothing: there the caller reads the outcome.
 *
 * <p>Thread-safe; the highest status requested wins, so an INCONCLUSIVE run (3) that also failed to
 * write a report (1) ends with 3: its verdict needs a rerun either way.
 */
public final class ExitStatus {

  /** A threshold failed, the run had no data, or a report could not be written. */
  public static final int FAILED = 1;
  /**
   * The run would have failed, but the load generator was the bottleneck (its CPU or its schedule lag
   * over the limits): the failure may be the generator's, so rerun on a bigger or quieter machine.
   */
  public static final int INCONCLUSIVE = 3;

  private static final Logger log = LoggerFactory.getLogger(ExitStatus.class);
  private static final long POLL_MILLIS = 100;

  private static final AtomicInteger requestedStatus = new AtomicInteger();
  private static final AtomicBoolean waiterStarted = new AtomicBoolean();
  /** When the waiter stops waiting for the other threads (System.nanoTime()); none by default. */
  private static final AtomicLong exitDeadlineNanos = new AtomicLong(Long.MAX_VALUE);

  private ExitStatus() {
  }

  /** Requests that a headless run end with {@code status} ({@link #FAILED}, {@link #INCONCLUSIVE}) after it has finished. */
  public static void failAtEndOfRun(int status) {
    requestedStatus.accumulateAndGet(status, Math::max);
    if (JMeter.isNonGUI() && waiterStarted.compareAndSet(false, true)) {
      Thread waiter = new Thread(ExitStatus::exitWhenAlone, "builder-engine-exit-status");
      waiter.setDaemon(false);
      waiter.start();
    }
  }

  /**
   * Like {@link #failAtEndOfRun}, for a run JMeter itself would never end: a distributed controller
   * waits for every engine it configured, even one that refused to start. The status is given after
   * the other threads end or {@code graceMillis} from now, whichever comes first.
   */
  public static void failWithin(int status, long graceMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    exitDeadlineNanos.accumulateAndGet(deadline, Math::min);
    failAtEndOfRun(status);
  }

  /**
   * A mistake found at test start, before any thread runs: the one line goes to jmeter.log and to the
   * console (where a headless user reads it, before JMeter's own stack trace), and a headless run
   * ends with status 1. JMeter itself would only log the element's exception and end with 0.
   */
  public static void failAtStart(String message) {
    log.error(message);
    System.err.println(message); // NOSONAR the one line a headless user reads
    failAtEndOfRun(1);
  }

  private static void exitWhenAlone() {
    try {
      while (otherNonDaemonThreadsAlive() && System.nanoTime() - exitDeadlineNanos.get() < 0) {
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int status = requestedStatus.get();
    log.info("Exiting with status {}", status);
    System.exit(status);
  }

  private static boolean otherNonDaemonThreadsAlive() {
    Thread self = Thread.currentThread();
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread != self && thread.isAlive() && !thread.isDaemon()
            && !"DestroyJavaVM".equals(thread.getName()));
  }
}
