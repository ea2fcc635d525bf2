package io.builderengine.jmeter.thresholds;

/** What a threshold, a label or a run came to. Only PASS passes: a check with no data fails. */
public enum Outcome {
  PASS,
  FAIL,
  NO_DATA;

  public boolean passed() {
    return this == PASS;
  }

  /** The worse of two outcomes: any failure fails, and NO_DATA counts as a failure. */
  Outcome and(Outcome other) {
    return this == PASS ? other : this;
  }
}
