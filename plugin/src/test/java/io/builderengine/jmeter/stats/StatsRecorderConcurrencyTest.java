package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StatsRecorderConcurrencyTest {

  private static final int THREADS = 8;
  private static final int RECORDS_PER_THREAD = 200_000;
  private static final String[] LABELS = {"asr", "llm", "tts", "ws"};

  @Test
  void countsEverySampleOfEightThreadsWhileSnapshotsAreTaken() throws Exception {
    StatsRecorder recorder = new StatsRecorder(10, 5);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean recording = new AtomicBoolean(true);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int threadNumber = thread;
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < RECORDS_PER_THREAD; i++) {
            // Every thread walks through time on its own, so buckets open, close and take late samples.
            boolean successful = i % 10 != 0;
            recorder.record(LABELS[(threadNumber + i) % LABELS.length], T0 + i / 20, i % 500, i % 100, i % 7,
                successful, successful ? "200" : "500", successful ? "OK" : "error " + i % 3, 100, 10,
                threadNumber + 1);
          }
          return null;
        }));
      }
      Future<List<RunStats>> reader = pool.submit(() -> {
        start.await();
        List<RunStats> snapshots = new ArrayList<>();
        while (recording.get()) {
          snapshots.add(recorder.snapshot());
        }
        return snapshots;
      });
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(30, TimeUnit.SECONDS);
      }
      recording.set(false);
      List<RunStats> during = reader.get(30, TimeUnit.SECONDS);

      assertThat(during).as("snapshots taken while recording").isNotEmpty();
      long previousSamples = 0;
      for (RunStats snapshot : during) {
        assertConsistent(snapshot);
        assertThat(snapshot.overall().samples()).as("samples never go back").isGreaterThanOrEqualTo(previousSamples);
        previousSamples = snapshot.overall().samples();
      }
    } finally {
      pool.shutdownNow();
    }

    RunStats end = recorder.snapshot();
    long total = (long) THREADS * RECORDS_PER_THREAD;
    assertConsistent(end);
    assertThat(end.overall().samples()).isEqualTo(total);
    assertThat(end.overall().errors()).isEqualTo(total / 10);
    assertThat(end.overall().bytesReceived()).isEqualTo(total * 100);
    assertThat(end.labels()).extracting(LabelStats::samples).containsOnly(total / LABELS.length);
    assertThat(end.timeSeries().stream().mapToLong(IntervalStats::samples).sum()).isEqualTo(total);
    assertThat(end.timeSeries().stream().mapToLong(IntervalStats::errors).sum()).isEqualTo(total / 10);
    assertThat(end.timeSeries().stream().mapToInt(IntervalStats::activeThreads).max()).hasValue(THREADS);
  }

  private static void assertConsistent(RunStats snapshot) {
    LabelStats overall = snapshot.overall();
    assertThat(overall.samples()).isEqualTo(snapshot.labels().stream().mapToLong(LabelStats::samples).sum());
    assertThat(overall.errors()).isEqualTo(snapshot.labels().stream().mapToLong(LabelStats::errors).sum());
    for (LabelStats stats : snapshot.labels()) {
      assertThat(stats.elapsedAll().count()).isEqualTo(stats.samples());
      assertThat(stats.elapsedSuccessful().count() + stats.errors()).isEqualTo(stats.samples());
      assertThat(stats.topErrors().stream().mapToLong(ErrorCount::count).sum()).isEqualTo(stats.errors());
    }
  }
}
