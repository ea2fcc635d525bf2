package io.builderengine.jmeter.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoolTallyTest {

  private final PoolTally tally = new PoolTally();

  @Test
  void spreadsTheConnectionWaitsInMilliseconds() {
    for (int waitMillis = 1; waitMillis <= 1000; waitMillis++) {
      tally.record(waitMillis, PoolFigures.served("main", 1, 10));
    }

    PoolStats stats = tally.toStats("main");
    Distribution wait = stats.connectionWait();

    assertThat(stats.pool()).isEqualTo("main");
    assertThat(stats.samples()).isEqualTo(1000);
    assertThat(wait.count()).isEqualTo(1000);
    assertThat(wait.p50Ms()).as("the 500th wait, exact below 2048 ms").isEqualTo(500);
    assertThat(wait.p95Ms()).as("the 950th wait, within 0.1%").isCloseTo(950, within(0.95));
    assertThat(wait.p99Ms()).as("the 990th wait, within 0.1%").isCloseTo(990, within(0.99));
    assertThat(wait.maxMs()).isEqualTo(1000);
    assertThat(wait.meanMs()).as("exact mean of 1 to 1000").isEqualTo(500.5);
  }

  @Test
  void keepsTheMostActiveAndTheFewestIdleConnectionsAndTheirMeans() {
    tally.record(0, PoolFigures.served("main", 2, 10));
    tally.record(0, PoolFigures.served("main", 10, 10));
    tally.record(0, PoolFigures.served("main", 6, 10));

    PoolStats stats = tally.toStats("main");

    assertThat(stats.activeConnectionsMax()).isEqualTo(10);
    assertThat(stats.activeConnectionsMean()).isEqualTo(6.0);
    assertThat(stats.idleConnectionsMin()).as("the pool ran dry once").isZero();
    assertThat(stats.idleConnectionsMean()).isEqualTo(4.0);
    assertThat(stats.totalConnectionsMax()).isEqualTo(10);
    assertThat(stats.threadsAwaitingMax()).isZero();
    assertThat(stats.poolExhausted()).isZero();
  }

  @Test
  void countsTheExhaustedSamplesAndTheMostThreadsWaiting() {
    tally.record(3, PoolFigures.served("main", 1, 1));
    tally.record(250, PoolFigures.exhausted("main", 1, 3));
    tally.record(251, PoolFigures.exhausted("main", 1, 2));

    PoolStats stats = tally.toStats("main");

    assertThat(stats.samples()).isEqualTo(3);
    assertThat(stats.poolExhausted()).isEqualTo(2);
    assertThat(stats.threadsAwaitingMax()).isEqualTo(3);
    assertThat(stats.connectionWait().maxMs()).as("the waits of failed samples count").isEqualTo(251);
  }

  @Test
  void countsNegativeCountsAsZero() {
    tally.record(5, new PoolFigures("main", -1, -2, -3, -4, false));

    PoolStats stats = tally.toStats("main");

    assertThat(stats).isEqualTo(new PoolStats("main", 1, stats.connectionWait(), 0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void mergesLikeOneTallyOfAllSamples() {
    PoolTally first = new PoolTally();
    PoolTally second = new PoolTally();
    PoolTally all = new PoolTally();
    for (int sample = 0; sample < 60; sample++) {
      PoolFigures figures = sample % 7 == 0 ? PoolFigures.exhausted("main", 8, sample % 5)
          : PoolFigures.served("main", sample % 9 == 0 ? 8 : sample % 8, 8);
      (sample % 2 == 0 ? first : second).record(sample * 13L, figures);
      all.record(sample * 13L, figures);
    }

    first.add(second);

    assertThat(first.toStats("main")).isEqualTo(all.toStats("main"));
  }

  @Test
  void anEmptyTallyReportsZeros() {
    assertThat(tally.toStats("main")).isEqualTo(new PoolStats("main", 0, Distribution.EMPTY, 0, 0, 0, 0, 0, 0, 0));
  }
}
