package io.builderengine.jmeter.thresholds;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.stats.RunStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The old suite's report rules: critical when the error rate passes 5% or p99 passes 5 s; warnings
 * when the error rate passes 1%, p95 passes 1 s, the standard deviation passes the mean, or a label's
 * or a step's error rate passes 10%. Latency figures are those of successful samples.
 *
 * <p>Steps get the error-rate warning only: a failing step (a call's "initiate") names where calls
 * break, which the call's own rate cannot; their latencies are parts of their parent's, already judged.
 *
 * <p>Pure and thread-safe.
 */
public final class HighlightRules {

  static final double CRITICAL_ERROR_RATE = 0.05;
  static final double CRITICAL_P99_MS = 5_000;
  static final double WARNING_ERROR_RATE = 0.01;
  static final double WARNING_P95_MS = 1_000;
  static final double WARNING_LABEL_ERROR_RATE = 0.10;

  private HighlightRules() {
  }

  public static List<Highlight> of(RunStats stats) {
    List<Highlight> highlights = new ArrayList<>();
    LabelStats overall = stats.overall();
    Distribution elapsed = overall.elapsedSuccessful();
    if (overall.errorRate() > CRITICAL_ERROR_RATE) {
      highlights.add(critical(String.format(Locale.ROOT, "Error rate is %.1f%% (%d of %d samples), above 5%%",
              percent(overall.errorRate()), overall.errors(), overall.samples()),
          "Read the errors table: the top response codes and messages per label show whether the target refused, "
              + "timed out or failed; check the target's logs for the same period"));
    } else if (overall.errorRate() > WARNING_ERROR_RATE) {
      highlights.add(warning(String.format(Locale.ROOT, "Error rate is %.2f%%, above 1%%", percent(overall.errorRate())),
          "Read the errors table for the labels and messages involved before raising the load"));
    }
    if (elapsed.p99Ms() > CRITICAL_P99_MS) {
      highlights.add(critical(String.format(Locale.ROOT, "p99 response time is %.0f ms, above 5 s", elapsed.p99Ms()),
          "Find the slowest labels in the endpoints table and the moment p99 rose in the time series; "
              + "compare with the active threads: a rise with load points at saturation"));
    }
    if (elapsed.p95Ms() > WARNING_P95_MS) {
      highlights.add(warning(String.format(Locale.ROOT, "p95 response time is %.0f ms, above 1 s", elapsed.p95Ms()),
          "Look at the labels with the highest p95 and at when it happened in the time series"));
    }
    if (elapsed.count() > 1 && elapsed.stdDevMs() > elapsed.meanMs()) {
      highlights.add(warning(String.format(Locale.ROOT,
              "Response times vary widely: standard deviation %.0f ms exceeds the mean %.0f ms",
              elapsed.stdDevMs(), elapsed.meanMs()),
          "Compare p50 with p99 per label: a long tail usually comes from one slow endpoint, queueing or GC pauses"));
    }
    warnFailing(stats.labels(), "'%s' fails %.1f%% of its samples, above 10%%",
        "Look at this label's top errors; one failing endpoint can hide behind a healthy overall rate", highlights);
    warnFailing(stats.steps(), "Step '%s' fails %.1f%% of the times it ran, above 10%%",
        "Look at this step's top errors: it is where the samples that contain it break", highlights);
    return List.copyOf(highlights);
  }

  /** @param finding a format of the label and its error rate in percent */
  private static void warnFailing(List<LabelStats> labels, String finding, String recommendation,
      List<Highlight> highlights) {
    for (LabelStats label : labels) {
      if (label.errorRate() > WARNING_LABEL_ERROR_RATE) {
        highlights.add(warning(String.format(Locale.ROOT, finding, label.label(), percent(label.errorRate())),
            recommendation));
      }
    }
  }

  private static double percent(double rate) {
    return rate * 100;
  }

  private static Highlight critical(String finding, String recommendation) {
    return new Highlight(Highlight.Level.CRITICAL, finding, recommendation);
  }

  private static Highlight warning(String finding, String recommendation) {
    return new Highlight(Highlight.Level.WARNING, finding, recommendation);
  }
}
