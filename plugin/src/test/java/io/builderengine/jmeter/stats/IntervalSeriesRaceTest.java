package io.builderengine.jmeter.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Buckets closing while other threads write to them, as often as it can be made to happen. */
class IntervalSeriesRaceTest {

  private static final int THREADS = 4;
  private static final int RECORDS_PER_THREAD = 100_000;

  @Test
  void noSampleIsLostToABucketClosingUnderIt() throws Exception {
    IntervalSeries series = new IntervalSeries(1);
    // A clock shared by the writers: a new bucket every 4 samples, so closes race with writes.
    AtomicLong samplesStarted = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        writers.add(pool.submit(() -> {
          for (int i = 0; i < RECORDS_PER_THREAD; i++) {
            series.record(Samples.T0 + samplesStarted.getAndIncrement() / 4, 5, i % 4 != 0, 1);
          }
        }));
      }
      for (Future<?> writer : writers) {
        writer.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<IntervalStats> buckets = series.snapshot();
    long total = (long) THREADS * RECORDS_PER_THREAD;
    assertThat(buckets).hasSize((int) (total / 4));
    assertThat(buckets.stream().mapToLong(IntervalStats::samples).sum()).isEqualTo(total);
    assertThat(buckets.stream().mapToLong(IntervalStats::errors).sum()).isEqualTo(total / 4);
  }
}
