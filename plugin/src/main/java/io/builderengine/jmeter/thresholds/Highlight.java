package io.builderengine.jmeter.thresholds;

/**
 * A finding the report puts first, with what to look at next.
 *
 * @param level CRITICAL or WARNING
 * @param finding what the figures show
 * @param recommendation where to look next
 */
public record Highlight(Level level, String finding, String recommendation) {

  /** How urgent the finding is. */
  public enum Level {
    CRITICAL,
    WARNING
  }
}
