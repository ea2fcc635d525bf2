package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.thresholds.Metric;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.ThresholdEvaluator;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when a breach has lasted long enough to stop the test: a threshold that fails at every
 * look for {@code abortAfterMillis}. min_requests_per_second is left out (a ramp-up is below the
 * rate by design; the rate is judged on the whole run at the end), and so is a latency limit
 * without enough successful samples yet. Only FAIL counts: NO_DATA and NOT_APPLICABLE (a stream
 * limit on a label none of whose streams has ended yet) are judged at the end.
 *
 * <p>Not thread-safe: one watchdog thread calls it.
 */
final class BreachWatch {

  private final long abortAfterMillis;
  private final Map<String, Long> breachedSinceMillis = new HashMap<>();

  BreachWatch(long abortAfterMillis) {
    this.abortAfterMillis = abortAfterMillis;
  }

  /** @return why to stop now, if a breach has lasted {@code abortAfterMillis} */
  Optional<String> observe(RunVerdict current, long nowMillis) {
    Set<String> breachedNow = new HashSet<>();
    for (Verdict verdict : current.verdicts()) {
      if (!counts(verdict)) {
        continue;
      }
      String key = verdict.metric() + " on " + verdict.scope();
      breachedNow.add(key);
      long since = breachedSinceMillis.computeIfAbsent(key, k -> nowMillis);
      if (nowMillis - since >= abortAfterMillis) {
        return Optional.of(key + " breached for " + (nowMillis - since) / 1000 + " s (" + verdict.explanation() + ")");
      }
    }
    breachedSinceMillis.keySet().retainAll(breachedNow);
    return Optional.empty();
  }

  private static boolean counts(Verdict verdict) {
    return verdict.outcome() == Outcome.FAIL
        && !Metric.MIN_REQUESTS_PER_SECOND.key().equals(verdict.metric())
        && !verdict.explanation().startsWith(ThresholdEvaluator.TOO_FEW_SAMPLES);
  }
}
