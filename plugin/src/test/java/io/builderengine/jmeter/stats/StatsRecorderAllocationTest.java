package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StatsRecorderAllocationTest {

  private static final int RECORDS = 200_000;

  @Test
  void recordingSuccessfulSamplesOfKnownLabelsAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    StatsRecorder recorder = new StatsRecorder();
    String[] labels = {"asr", "llm", "tts"};
    // Warm up: labels and buckets created, histograms grown to the values' range, code compiled.
    record(recorder, labels, T0);

    long threadId = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(threadId);
    record(recorder, labels, T0);
    long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;

    assertThat(allocatedBytes).as("bytes allocated by %d records (a little slack for the measurement itself)", RECORDS)
        .isLessThan(1_024);
  }

  @Test
  void recordingStepsAndStreamsOfKnownLabelsAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    StatsRecorder recorder = new StatsRecorder();
    StreamQuality stream = StreamFigures.of(3, 1.5, 2.25, 40, 3);
    recordCalls(recorder, stream);

    long threadId = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(threadId);
    recordCalls(recorder, stream);
    long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;

    assertThat(allocatedBytes).as("bytes allocated by %d calls of two steps (a little slack for the measurement itself)",
        RECORDS / 3).isLessThan(1_024);
  }

  @Test
  void recordingSuccessfulDatabaseSamplesOfKnownPoolsAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    StatsRecorder recorder = new StatsRecorder();
    PoolUsage[] figures = {PoolFigures.served("builder_engine", 7, 10), PoolFigures.served("builder_engine", 10, 10),
        PoolFigures.served("reporting", 1, 2)};
    recordDatabaseSamples(recorder, figures);

    long threadId = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(threadId);
    recordDatabaseSamples(recorder, figures);
    long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;

    assertThat(allocatedBytes).as("bytes allocated by %d database samples (a little slack for the measurement itself)",
        RECORDS).isLessThan(1_024);
  }

  @Test
  void recordingScheduledSamplesOfKnownLabelsAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    StatsRecorder recorder = new StatsRecorder();
    recordScheduled(recorder);

    long threadId = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(threadId);
    recordScheduled(recorder);
    long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;

    assertThat(allocatedBytes).as("bytes allocated by %d samples with a slot (a little slack for the measurement itself)",
        RECORDS).isLessThan(1_024);
  }

  /** Slots up to 1.2 s before the start: the corrected and start-lag histograms are used too. */
  private static void recordScheduled(StatsRecorder recorder) {
    for (int i = 0; i < RECORDS; i++) {
      recorder.record(i % 2 == 0 ? "GET /agents" : "GET /calls", T0, i % 40, i % 30, i % 5, true, "200", "OK", 8, 0,
          10, null, null, T0 - i % 1_200, 0);
    }
  }

  private static void recordDatabaseSamples(StatsRecorder recorder, PoolUsage[] figures) {
    for (int i = 0; i < RECORDS; i++) {
      recorder.record(i % 2 == 0 ? "DB: simple_read" : "DB: join", T0, i % 40, i % 30, i % 5, true, "OK", "OK", 8, 0,
          10, null, figures[i % figures.length], 0, 0);
    }
  }

  private static void recordCalls(StatsRecorder recorder, StreamQuality stream) {
    for (int i = 0; i < RECORDS / 3; i++) {
      recorder.record("Call", T0, i % 1500, i % 700, i % 30, true, "200", "OK", 900, 100, 10, null, null, 0, 0);
      recorder.recordStep("Call - initiate", T0, i % 300, i % 100, i % 30, true, "200", "OK", 300, 50, null, null);
      recorder.recordStep("Call - media stream", T0, i % 1500, 0, 0, true, "200", "OK", 600, 50, stream, null);
    }
  }

  private static void record(StatsRecorder recorder, String[] labels, long startMillis) {
    for (int i = 0; i < RECORDS; i++) {
      recorder.record(labels[i % labels.length], startMillis, i % 1500, i % 700, i % 30, true, "200", "OK", 900, 100,
          10);
    }
  }
}
