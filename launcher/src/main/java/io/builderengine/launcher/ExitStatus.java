package io.builderengine.launcher;

/** The launcher's exit statuses, the old suite's: what CI reads. */
public final class ExitStatus {

  /** Every scenario ran and passed its thresholds. */
  public static final int PASSED = 0;
  /** A threshold failed, a run had no data, or a run could not complete (JMeter or the simulator failed). */
  public static final int FAILED = 1;
  /** A bad option or value, a config file that does not load or validate, a missing plan or JMeter home. */
  public static final int BAD_LAUNCH = 2;
  /**
   * A run would have failed, but the load generator was the bottleneck, and no scenario failed
   * otherwise: rerun on a bigger or quieter machine. The status {@code jmeter -n} itself ends with then.
   */
  public static final int INCONCLUSIVE = 3;
  /** Interrupted (Ctrl-C, SIGINT): JMeter was stopped gracefully and the reports written; 128 + SIGINT. */
  public static final int INTERRUPTED = 130;

  private ExitStatus() {
  }
}
