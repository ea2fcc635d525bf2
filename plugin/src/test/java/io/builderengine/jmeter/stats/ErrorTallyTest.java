package io.builderengine.jmeter.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTallyTest {

  @Test
  void cutsLongMessagesSoThatTheyCountTogetherInBoundedMemory() {
    ErrorTally tally = new ErrorTally(10);
    String page = "<html>" + "x".repeat(5_000);
    tally.record("502", page + "request 1");
    tally.record("502", page + "request 2");

    assertThat(tally.top(5)).containsExactly(new ErrorCount("502", page.substring(0, ErrorTally.MAX_MESSAGE_CHARS), 2));
  }

  @Test
  void countsAMissingCodeOrMessageAsEmpty() {
    ErrorTally tally = new ErrorTally(10);
    tally.record(null, null);
    tally.record("", "");

    assertThat(tally.top(5)).containsExactly(new ErrorCount("", "", 2));
  }

  @Test
  void mergesIntoATallyWithRoomForAllOfThem() {
    ErrorTally asr = new ErrorTally(2);
    asr.record("500", "a");
    asr.record("500", "b");
    asr.record("500", "c");
    ErrorTally tts = new ErrorTally(2);
    tts.record("500", "c");
    tts.record("503", "d");
    ErrorTally overall = new ErrorTally(Integer.MAX_VALUE);

    overall.add(asr);
    overall.add(tts);

    assertThat(overall.top(10)).containsExactly(new ErrorCount("500", "a", 1), new ErrorCount("500", "b", 1),
        new ErrorCount("500", "c", 1), new ErrorCount("503", "d", 1),
        new ErrorCount(StatsRecorder.OTHER_FAILURES_CODE, StatsRecorder.OTHER_FAILURES_MESSAGE, 1));
  }

  @Test
  void listsNoneWhenAskedForNone() {
    ErrorTally tally = new ErrorTally(10);
    tally.record("500", "a");

    assertThat(tally.top(0)).isEmpty();
  }
}
