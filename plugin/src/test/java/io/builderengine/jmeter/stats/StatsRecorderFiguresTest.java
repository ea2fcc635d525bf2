package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsRecorderFiguresTest {

  private final StatsRecorder recorder = new StatsRecorder(1000, 3);
  private final Samples samples = new Samples(recorder);

  @Test
  void slowFailuresRaiseTheFiguresOfAllSamplesButNotThoseOfSuccessfulOnes() {
    for (int i = 0; i < 900; i++) {
      recorder.record("tts", T0 + i, 100, 40, 3, true, "200", "OK", 0, 0, 1);
    }
    for (int i = 0; i < 100; i++) {
      recorder.record("tts", T0 + i, 5000, 0, 0, false, "504", "Gateway Timeout", 0, 0, 1);
    }

    LabelStats tts = recorder.snapshot().labels().get(0);

    assertThat(tts.samples()).isEqualTo(1000);
    assertThat(tts.errors()).isEqualTo(100);
    assertThat(tts.errorRate()).isEqualTo(0.1);
    assertThat(tts.elapsedAll().count()).isEqualTo(1000);
    assertThat(tts.elapsedAll().meanMs()).isEqualTo(590.0);
    assertThat(tts.elapsedAll().maxMs()).isEqualTo(5000);
    assertThat(tts.elapsedAll().p90Ms()).isEqualTo(100);
    assertThat(tts.elapsedAll().p95Ms()).isEqualTo(5000);
    assertThat(tts.elapsedSuccessful()).isEqualTo(new Distribution(900, 100, 100, 0, 100, 100, 100, 100, 100, 100));
    assertThat(tts.latencySuccessful()).isEqualTo(new Distribution(900, 40, 40, 0, 40, 40, 40, 40, 40, 40));
    assertThat(tts.connectSuccessful()).isEqualTo(new Distribution(900, 3, 3, 0, 3, 3, 3, 3, 3, 3));
  }

  @Test
  void listsTheMostFrequentFailuresFirstAndTiesByCodeThenMessage() {
    fail("llm", 5, "429", "Too Many Requests");
    fail("llm", 9, "500", "Internal Server Error");
    fail("llm", 5, "429", "Rate limited");
    fail("llm", 1, "Non HTTP response code: java.net.SocketTimeoutException", "Read timed out");
    fail("llm", 5, "401", "Unauthorized");

    assertThat(recorder.snapshot().labels().get(0).topErrors()).containsExactly(
        new ErrorCount("500", "Internal Server Error", 9),
        new ErrorCount("401", "Unauthorized", 5),
        new ErrorCount("429", "Rate limited", 5));
  }

  @Test
  void failuresBeyondTheDistinctOnesTrackedAreCountedAsOther() {
    fail("asr", 2, "500", "first");
    for (int i = 0; i < StatsRecorder.DISTINCT_FAILURES_TRACKED_PER_LABEL + 10; i++) {
      fail("asr", 1, "500", "request " + i + " failed");
    }

    LabelStats asr = recorder.snapshot().labels().get(0);

    assertThat(asr.errors()).isEqualTo(2 + StatsRecorder.DISTINCT_FAILURES_TRACKED_PER_LABEL + 10);
    assertThat(asr.topErrors()).containsExactly(
        new ErrorCount(StatsRecorder.OTHER_FAILURES_CODE, StatsRecorder.OTHER_FAILURES_MESSAGE, 11),
        new ErrorCount("500", "first", 2),
        new ErrorCount("500", "request 0 failed", 1));
  }

  @Test
  void theOverallRowMergesTheFailuresOfAllLabels() {
    fail("asr", 2, "500", "Internal Server Error");
    fail("tts", 3, "500", "Internal Server Error");
    fail("tts", 4, "503", "Service Unavailable");

    assertThat(recorder.snapshot().overall().topErrors()).containsExactly(
        new ErrorCount("500", "Internal Server Error", 5), new ErrorCount("503", "Service Unavailable", 4));
  }

  @Test
  void throughputIsOverTheActiveWindowFromFirstStartToLastEnd() {
    for (int i = 0; i < 50; i++) {
      samples.success("asr", T0 + i * 200, 100);
    }
    samples.success("tts", T0 + 5_000, 15_000);

    RunStats stats = recorder.snapshot();

    LabelStats asr = stats.labels().get(0);
    assertThat(asr.firstStartMillis()).isEqualTo(T0);
    assertThat(asr.lastEndMillis()).isEqualTo(T0 + 9_900);
    assertThat(asr.throughputPerSecond()).as("50 samples over 9.9 s").isCloseTo(50 / 9.9, within(1e-12));
    assertThat(stats.overall().firstStartMillis()).isEqualTo(T0);
    assertThat(stats.overall().lastEndMillis()).isEqualTo(T0 + 20_000);
    assertThat(stats.overall().throughputPerSecond()).as("51 samples over 20 s").isCloseTo(51 / 20.0, within(1e-12));
  }

  @Test
  void sumsTheBytesPerLabelAndOverall() {
    recorder.record("asr", T0, 10, 5, 1, true, "200", "OK", 1_000, 64_000, 1);
    recorder.record("asr", T0, 10, 5, 1, false, "500", "Error", 200, 64_000, 1);
    recorder.record("tts", T0, 10, 5, 1, true, "200", "OK", 48_000, 300, 1);

    RunStats stats = recorder.snapshot();

    assertThat(stats.labels()).extracting(LabelStats::bytesReceived).containsExactly(1_200L, 48_000L);
    assertThat(stats.labels()).extracting(LabelStats::bytesSent).containsExactly(128_000L, 300L);
    assertThat(stats.overall().bytesReceived()).isEqualTo(49_200);
    assertThat(stats.overall().bytesSent()).isEqualTo(128_300);
  }

  @Test
  void listsLabelsByNameWithTheOverallRowApart() {
    samples.success("tts", T0, 30);
    samples.success("asr", T0, 10);
    samples.success("llm", T0, 20);
    samples.success("llm", T0, 40);

    RunStats stats = recorder.snapshot();

    assertThat(stats.labels()).extracting(LabelStats::label).containsExactly("asr", "llm", "tts");
    assertThat(stats.overall().label()).isEqualTo(StatsRecorder.TOTAL_LABEL).isEqualTo("TOTAL");
    assertThat(stats.overall().samples()).isEqualTo(4);
    assertThat(stats.overall().elapsedAll().meanMs()).isEqualTo(25.0);
    assertThat(stats.intervalMillis()).isEqualTo(1000);
    assertThat(stats.relativeError()).isEqualTo(0.001);
    assertThat(stats.percentileMethod()).startsWith("HdrHistogram, 3 significant digits, nearest rank");
  }

  @Test
  void anEmptyRunHasZeroFigures() {
    RunStats stats = recorder.snapshot();

    assertThat(stats.labels()).isEmpty();
    assertThat(stats.timeSeries()).isEmpty();
    assertThat(stats.overall()).isEqualTo(new LabelStats("TOTAL", 0, 0, 0, 0, 0, 0, Distribution.EMPTY,
        Distribution.EMPTY, Distribution.EMPTY, Distribution.EMPTY, 0, 0, List.of(), null, null));
    assertThat(stats.steps()).isEmpty();
  }

  @Test
  void aSampleWithoutStartTimeCountsButStaysOutOfTheWindowAndTheTimeSeries() {
    samples.success("asr", T0, 100);
    samples.failure("asr", 0, 0, "Sampler error", "no connection");

    RunStats stats = recorder.snapshot();

    LabelStats asr = stats.labels().get(0);
    assertThat(asr.samples()).isEqualTo(2);
    assertThat(asr.errors()).isEqualTo(1);
    assertThat(asr.firstStartMillis()).isEqualTo(T0);
    assertThat(asr.lastEndMillis()).isEqualTo(T0 + 100);
    assertThat(stats.timeSeries()).extracting(IntervalStats::samples).containsExactly(1L);
  }

  @Test
  void countsNegativeTimesAsZeroAndTimesBeyondIntegerRangeAsItsMaximum() {
    recorder.record("asr", T0, -5, -1, -1, true, "200", "OK", 0, 0, 1);
    recorder.record("asr", T0, 10_000_000_000L, 0, 0, true, "200", "OK", 0, 0, 1);

    Distribution elapsed = recorder.snapshot().labels().get(0).elapsedSuccessful();

    assertThat(elapsed.minMs()).isZero();
    assertThat(elapsed.maxMs()).isEqualTo(Integer.MAX_VALUE);
    assertThat(elapsed.p99Ms()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void rejectsSettingsItCannotWorkWith() {
    assertThatThrownBy(() -> new StatsRecorder(0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("intervalMillis must be at least 1, got 0");
    assertThatThrownBy(() -> new StatsRecorder(1000, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topErrorsPerLabel must be 0 to 100 (the distinct failures tracked per label), got 101");
  }

  private void fail(String label, int times, String responseCode, String responseMessage) {
    for (int i = 0; i < times; i++) {
      samples.failure(label, T0, 10, responseCode, responseMessage);
    }
  }
}
