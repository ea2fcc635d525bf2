package io.builderengine.jmeter.thresholds;

/**
 * What a threshold, a label or a run came to. Only PASS passes: a check with no data fails, and so
 * does one that cannot apply to what it was set on (a media-stream limit on a label without streams),
 * since a limit that cannot be checked must not pass.
 */
public enum Outcome {
  PASS,
  FAIL,
  NO_DATA,
  /** A threshold's only: its metric does not exist for the scope. A run it is in FAILs. */
  NOT_APPLICABLE,
  /**
   * A run's only: it would have FAILed, but the load generator itself was the bottleneck (see
   * {@link GeneratorSelfCheck}), so the failure may be the generator's, not the target's.
   */
  INCONCLUSIVE;

  public boolean passed() {
    return this == PASS;
  }

  /**
   * The worse of two outcomes, for a run: any failure fails, NO_DATA counts as a failure, and a
   * threshold that could not apply fails the run as a breach does.
   */
  Outcome and(Outcome other) {
    Outcome worse = this == PASS ? other : this;
    return worse == NOT_APPLICABLE ? FAIL : worse;
  }
}
