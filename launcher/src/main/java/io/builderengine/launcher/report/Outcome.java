package io.builderengine.launcher.report;

/** A scenario's result as the launcher judges it; declared from best to worst. */
public enum Outcome {

  /** Every threshold passed and JMeter exited 0. */
  PASS,
  /**
   * The run would have failed, but the load generator was the bottleneck (its CPU or schedule lag over
   * the limits): no verdict on the target. Better than FAIL, so a combined run with a real failure fails.
   */
  INCONCLUSIVE,
  /** A threshold failed. */
  FAIL,
  /** No sample was recorded: a run without data fails. */
  NO_DATA,
  /**
   * JMeter was killed (a signal, e.g. SIGKILL from the OOM killer) before it wrote a verdict: the
   * result file holds what was recorded until then, and the run fails.
   */
  INCOMPLETE,
  /** JMeter ended without a verdict (it failed at start, or was killed), or exited with an error despite one. */
  ERROR,
  /** Interrupted before it started. */
  NOT_RUN;

  public boolean passed() {
    return this == PASS;
  }

  /** The worse of two outcomes: what a combined run reports. */
  public Outcome worse(Outcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** The listener's verdict as written in summary.json; an outcome it may add later counts as a failure. */
  static Outcome ofVerdict(String verdict) {
    return switch (verdict) {
      case "PASS" -> PASS;
      case "NO_DATA" -> NO_DATA;
      case "INCONCLUSIVE" -> INCONCLUSIVE;
      default -> FAIL;
    };
  }
}
