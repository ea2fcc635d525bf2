package io.builderengine.jmeter.capacity;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * The samples of one step of a capacity search. Thread-safe: every sampling thread records
 * concurrently without locks (HdrHistogram's {@link Recorder} and atomics); one judging thread reads.
 */
final class StepRecorder {

  /** Response times are kept to three significant digits, up to an hour. */
  private static final long HIGHEST_MILLIS = 3_600_000;

  private final Recorder watchedMillis = new Recorder(HIGHEST_MILLIS, 3);
  private final AtomicLong startedCalls = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong failedCalls = new AtomicLong();

  void started() {
    startedCalls.incrementAndGet();
  }

  void ended(boolean successful) {
    calls.incrementAndGet();
    if (!successful) {
      failedCalls.incrementAndGet();
    }
  }

  long startedCalls() {
    return startedCalls.get();
  }

  /** Calls started in the step and not ended yet. */
  long running() {
    return startedCalls.get() - calls.get();
  }

  void watched(long elapsedMillis) {
    watchedMillis.recordValue(Math.max(0, Math.min(elapsedMillis, HIGHEST_MILLIS)));
  }

  /** Judges the step; call once, after the step is over. */
  StepOutcome judge(int step, int concurrentCalls, StepCriteria criteria) {
    var histogram = watchedMillis.getIntervalHistogram();
    long watched = histogram.getTotalCount();
    double p95 = watched == 0 ? Double.NaN : histogram.getValueAtPercentile(95);
    long callCount = calls.get();
    long failed = failedCalls.get();
    String reason = "";
    if (startedCalls.get() == 0) {
      reason = "no call started within the step";
    } else if (callCount == 0) {
      reason = ""; // every call still runs: the caller decides whether it waited long enough
    } else if (watched == 0) {
      reason = "no sample labelled '" + criteria.watchedLabelGlob() + "' within the step; check the watched label";
    } else if (p95 > criteria.maxP95Millis()) {
      reason = String.format(Locale.ROOT, "p95 %.0f ms > %.0f ms", p95, criteria.maxP95Millis());
    } else if ((double) failed / callCount > criteria.maxErrorRate()) {
      reason = String.format(Locale.ROOT, "error rate %.2f%% > %.2f%%", 100.0 * failed / callCount,
          100 * criteria.maxErrorRate());
    }
    return new StepOutcome(step, concurrentCalls, callCount, failed, watched, p95, !reason.isEmpty(), reason);
  }
}
