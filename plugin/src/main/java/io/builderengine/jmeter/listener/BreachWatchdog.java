package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.stats.StatsRecorder;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.ThresholdRule;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Looks at the thresholds once a second while the test runs and calls {@code onAbort} once, with
 * the reason, when a breach has lasted long enough (see {@link BreachWatch}).
 */
final class BreachWatchdog {

  private static final long LOOK_EVERY_MILLIS = 1000;

  private final StatsRecorder recorder;
  private final ThresholdEvaluator evaluator;
  private final List<ThresholdRule> rules;
  private final BreachWatch watch;
  private final Consumer<String> onAbort;
  private ScheduledFuture<?> looking;

  BreachWatchdog(StatsRecorder recorder, ThresholdEvaluator evaluator, List<ThresholdRule> rules,
      long abortAfterSeconds, Consumer<String> onAbort) {
    this.recorder = recorder;
    this.evaluator = evaluator;
    this.rules = rules;
    this.watch = new BreachWatch(TimeUnit.SECONDS.toMillis(abortAfterSeconds));
    this.onAbort = onAbort;
  }

  void start(ScheduledExecutorService timer) {
    looking = timer.scheduleAtFixedRate(this::look, LOOK_EVERY_MILLIS, LOOK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void look() {
    watch.observe(evaluator.evaluate(recorder.snapshot(), rules, null), System.currentTimeMillis())
        .ifPresent(reason -> {
          looking.cancel(false);
          onAbort.accept(reason);
        });
  }
}
