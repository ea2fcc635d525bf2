package io.builderengine.jmeter.report;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sentences that elements of this engine found about the run (e.g. the capacity found), for the run's
 * summary. Static because the finding element and the summary listener are separate elements of one
 * test; cleared when a test starts. Thread-safe.
 *
 * <p>In distributed mode each jmeter-server has its own: the controller's summary does not see what the
 * servers found, which they log.
 */
public final class RunFindings {

  private static final List<String> FINDINGS = new CopyOnWriteArrayList<>();

  private RunFindings() {
  }

  public static void clear() {
    FINDINGS.clear();
  }

  public static void publish(String finding) {
    FINDINGS.add(finding);
  }

  /** What has been published since the last {@link #clear()}, in order. */
  public static List<String> all() {
    return List.copyOf(FINDINGS);
  }
}
