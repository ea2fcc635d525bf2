package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.StatsRecorder;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints one progress line every interval while the test runs: elapsed of planned time, the whole
 * run's rate, p95, error rate and the thresholds breached so far. Runs on the listener's background
 * thread, never on a sampling thread.
 */
final class ProgressReporter {

  private final StatsRecorder recorder;
  private final ThresholdEvaluator evaluator;
  private final List<ThresholdRule> rules;
  private final long plannedSeconds;
  private final long startedAtMillis = System.currentTimeMillis();
  private final PrintStream out;

  /** @param plannedSeconds the run's planned duration, 0 when unknown */
  ProgressReporter(StatsRecorder recorder, ThresholdEvaluator evaluator, List<ThresholdRule> rules,
      long plannedSeconds, PrintStream out) {
    this.recorder = recorder;
    this.evaluator = evaluator;
    this.rules = rules;
    this.plannedSeconds = plannedSeconds;
    this.out = out;
  }

  /** Prints a line every {@code intervalSeconds} on {@code timer} (a listener's background thread). */
  void start(ScheduledExecutorService timer, long intervalSeconds) {
    timer.scheduleAtFixedRate(this::printLine, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  private void printLine() {
    RunStats stats = recorder.snapshot();
    LabelStats overall = stats.overall();
    long elapsedSeconds = (System.currentTimeMillis() - startedAtMillis) / 1000;
    out.println(String.format(Locale.ROOT,
        "Builder Engine progress: %s%s  %d samples  %.1f/s  p95 %.0f ms  errors %.2f%%  breached: %s",
        clock(elapsedSeconds), plannedSeconds > 0 ? " / " + clock(plannedSeconds) : "", overall.samples(),
        overall.throughputPerSecond(), overall.elapsedSuccessful().p95Ms(), overall.errorRate() * 100,
        breached(stats)));
  }

  private String breached(RunStats stats) {
    String breached = evaluator.evaluate(stats, rules, null).verdicts().stream()
        .filter(verdict -> verdict.outcome() == Outcome.FAIL)
        .map(verdict -> verdict.metric() + " (" + verdict.scope() + ")")
        .collect(Collectors.joining(", "));
    return breached.isEmpty() ? "none" : breached;
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }
}
