package io.builderengine.launcher.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a whole launch ended: each scenario's result and the overall verdict, the worst of them.
 * Immutable.
 *
 * @param test as typed: a scenario or {@code all}
 * @param target the base URL, password masked
 * @param simulated whether the target was the bundled simulator
 * @param profile the profile given with --profile, or null for each plan's own
 */
public record LaunchReport(String test, boolean parallel, boolean interrupted, String target, boolean simulated,
    String profile, Instant startedAt, Instant endedAt, List<ScenarioResult> results) {

  public LaunchReport {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    results = List.copyOf(results);
  }

  /** The worst scenario outcome; PASS only when every scenario passed. */
  public Outcome outcome() {
    return results.stream().map(ScenarioResult::outcome).reduce(Outcome.PASS, Outcome::worse);
  }

  public long passedCount() {
    return results.stream().filter(result -> result.outcome().passed()).count();
  }

  public long totalSamples() {
    return results.stream().mapToLong(result -> result.figures().samples()).sum();
  }

  public long totalErrors() {
    return results.stream().mapToLong(result -> result.figures().errors()).sum();
  }
}
