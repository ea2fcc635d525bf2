package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsRecorderPoolsTest {

  private final StatsRecorder recorder = new StatsRecorder();

  @Test
  void gathersEachPoolFromItsLabelsAndStepsAndEachLabelsOwn() {
    database("DB: read", 4, PoolFigures.served("main", 3, 10));
    database("DB: read", 6, PoolFigures.served("main", 5, 10));
    database("DB: write", 20, PoolFigures.served("main", 9, 10));
    recorder.record("GET /agents", T0, 10, 5, 2, true, "200", "OK", 0, 0, 1);
    recorder.record("Report", T0, 90, 0, 0, true, "200", "OK", 0, 0, 1);
    recorder.recordStep("Report - aggregate", T0, 80, 0, 7, true, "OK", "OK", 0, 0, null,
        PoolFigures.served("reporting", 1, 2));

    RunStats stats = recorder.snapshot();

    assertThat(stats.pools()).extracting(PoolStats::pool, PoolStats::samples, PoolStats::activeConnectionsMax)
        .as("sorted by pool name, steps included").containsExactly(tuple("main", 3L, 9L), tuple("reporting", 1L, 1L));
    PoolStats main = stats.pools().get(0);
    assertThat(main.connectionWait().maxMs()).isEqualTo(20);
    assertThat(main.activeConnectionsMean()).isCloseTo(17 / 3.0, within(1e-12));
    PoolStats read = label(stats, "DB: read").pool();
    assertThat(read.pool()).isEqualTo("main");
    assertThat(read.samples()).isEqualTo(2);
    assertThat(read.connectionWait().meanMs()).isEqualTo(5.0);
    assertThat(label(stats, "GET /agents").pool()).as("not a database sample").isNull();
    assertThat(stats.steps().get(0).pool().pool()).isEqualTo("reporting");
    assertThat(stats.overall().pool()).as("the overall row: top-level database samples only").isEqualTo(main);
  }

  @Test
  void theWaitOfAFailedSampleCountsThoughItsConnectTimeIsLeftOutOfTheSuccessfulOnes() {
    database("DB: read", 2, PoolFigures.served("main", 1, 1));
    recorder.record("DB: read", T0, 251, 0, 251, false, "pool_exhausted", "pool exhausted: waited 251 ms", 0, 0, 4,
        null, PoolFigures.exhausted("main", 1, 2), 0, 0);

    LabelStats read = recorder.snapshot().labels().get(0);

    assertThat(read.connectSuccessful().maxMs()).isEqualTo(2);
    assertThat(read.pool().connectionWait().maxMs()).isEqualTo(251);
    assertThat(read.pool().poolExhausted()).isEqualTo(1);
    assertThat(read.pool().threadsAwaitingMax()).isEqualTo(2);
  }

  @Test
  void aLabelOnSeveralPoolsMergesThemUnderAllTheirNames() {
    database("DB: read", 10, PoolFigures.served("replica", 1, 4));
    database("DB: read", 30, PoolFigures.served("main", 2, 10));

    RunStats stats = recorder.snapshot();

    PoolStats read = stats.labels().get(0).pool();
    assertThat(read.pool()).isEqualTo("main, replica");
    assertThat(read.samples()).isEqualTo(2);
    assertThat(read.totalConnectionsMax()).isEqualTo(10);
    assertThat(stats.pools()).extracting(PoolStats::pool).containsExactly("main", "replica");
  }

  @Test
  void aRunWithoutDatabaseSamplesHasNoPools() {
    recorder.record("GET /agents", T0, 10, 5, 2, true, "200", "OK", 0, 0, 1);

    RunStats stats = recorder.snapshot();

    assertThat(stats.pools()).isEmpty();
    assertThat(stats.overall().pool()).isNull();
  }

  private void database(String label, long waitMillis, PoolUsage pool) {
    recorder.record(label, T0, waitMillis + 3, waitMillis + 2, waitMillis, true, "OK", "OK", 0, 0, 4, null, pool, 0, 0);
  }

  private static LabelStats label(RunStats stats, String name) {
    return stats.labels().stream().filter(label -> label.label().equals(name)).findFirst().orElseThrow();
  }
}
