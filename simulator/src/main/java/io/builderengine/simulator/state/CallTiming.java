package io.builderengine.simulator.state;

/**
 * How a new call progresses: {@code initiated}, then {@code ringing} after {@code ringMillis},
 * {@code in_progress} after {@code answerMillis}, and {@code completed} by itself after
 * {@code maxCallMillis} unless ended before.
 */
public record CallTiming(long ringMillis, long answerMillis, long maxCallMillis) {

  public CallTiming {
    if (ringMillis < 0 || answerMillis < ringMillis || maxCallMillis <= answerMillis) {
      throw new IllegalArgumentException("call timing needs 0 <= ring_ms <= answer_ms < max call "
          + "length, got ring " + ringMillis + " ms, answer " + answerMillis + " ms, max "
          + maxCallMillis + " ms");
    }
  }

  /** The schedule of a call created now. */
  public CallSchedule scheduleFrom(long createdAtMillis) {
    return new CallSchedule(createdAtMillis, createdAtMillis + ringMillis,
        createdAtMillis + answerMillis, createdAtMillis + maxCallMillis);
  }
}
