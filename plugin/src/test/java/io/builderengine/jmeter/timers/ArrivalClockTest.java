package io.builderengine.jmeter.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ArrivalClockTest {

  @Test
  void handsEveryDueTimeOutExactlyOnceAcrossThreads() throws Exception {
    RateSchedule schedule = RateSchedule.of(1000, 0, 8, 0);
    long start = 1_000_000L;
    ArrivalClock clock = new ArrivalClock(schedule, start);
    int threads = 8;
    Callable<List<Long>> drain = () -> {
      List<Long> mine = new ArrayList<>();
      for (long due = clock.nextDueNanos(); due != Long.MAX_VALUE; due = clock.nextDueNanos()) {
        mine.add(due);
      }
      return mine;
    };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Long> all = new ArrayList<>();
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(drain));
      }
      for (Future<List<Long>> result : results) {
        all.addAll(result.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    Collections.sort(all);
    assertThat(all).hasSize(8000).doesNotHaveDuplicates();
    assertThat(all.get(0)).isEqualTo(start + 500_000L);
    assertThat(all.get(7999)).isEqualTo(start + 7_999_500_000L);
  }
}
