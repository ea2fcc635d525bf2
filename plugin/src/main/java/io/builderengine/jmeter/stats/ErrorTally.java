package io.builderengine.jmeter.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts failures by (response code, response message) in bounded memory: the first
 * {@code distinctFailuresTracked} distinct pairs are counted exactly, any later new pair goes into one
 * "other" count. Codes and messages are cut to {@value #MAX_MESSAGE_CHARS} characters first, so a pair costs a
 * bounded amount whatever a server sends (messages with ids or stack traces would otherwise make every
 * failure distinct and each one large).
 *
 * <p>Not thread-safe: the owner guards it.
 */
final class ErrorTally {

  static final int MAX_MESSAGE_CHARS = 200;

  private final int distinctFailuresTracked;
  private final Map<Failure, long[]> countsByFailure = new HashMap<>();
  private long otherCount;

  /** @param distinctFailuresTracked how many distinct pairs to count exactly before counting "other" */
  ErrorTally(int distinctFailuresTracked) {
    this.distinctFailuresTracked = distinctFailuresTracked;
  }

  /** @param responseCode null is counted as "" (so is a null message) */
  void record(String responseCode, String responseMessage) {
    add(new Failure(normalized(responseCode), normalized(responseMessage)), 1);
  }

  void add(ErrorTally other) {
    other.countsByFailure.forEach((failure, count) -> add(failure, count[0]));
    otherCount += other.otherCount;
  }

  private void add(Failure failure, long count) {
    long[] counter = countsByFailure.get(failure);
    if (counter != null) {
      counter[0] += count;
    } else if (countsByFailure.size() < distinctFailuresTracked) {
      countsByFailure.put(failure, new long[] {count});
    } else {
      otherCount += count;
    }
  }

  /**
   * @return at most {@code limit} failures, most frequent first, ties by code then message; the
   *     "other" count ({@link StatsRecorder#OTHER_FAILURES_CODE}) competes like any failure
   */
  List<ErrorCount> top(int limit) {
    List<ErrorCount> all = new ArrayList<>(countsByFailure.size() + 1);
    countsByFailure.forEach((failure, count) -> all.add(new ErrorCount(failure.code(), failure.message(), count[0])));
    if (otherCount > 0) {
      all.add(new ErrorCount(StatsRecorder.OTHER_FAILURES_CODE, StatsRecorder.OTHER_FAILURES_MESSAGE, otherCount));
    }
    all.sort(Comparator.comparingLong(ErrorCount::count).reversed()
        .thenComparing(ErrorCount::responseCode).thenComparing(ErrorCount::responseMessage));
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  private static String normalized(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS);
  }

  private record Failure(String code, String message) {
  }
}
