package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Latency from the intended start (coordinated-omission corrected), and how samples kept to their schedule. */
class StatsRecorderScheduleTest {

  private final StatsRecorder recorder = new StatsRecorder();

  /** A sample due at {@code slot} that started at {@code start} and took {@code elapsed} ms. */
  private void scheduled(String label, long slot, long start, long elapsed, boolean successful) {
    scheduled(label, slot, Math.max(0, start - slot), start, elapsed, successful);
  }

  /** The same, whose thread was free to take it only {@code threadFreeAfterSlot} ms after its slot. */
  private void scheduled(String label, long slot, long threadFreeAfterSlot, long start, long elapsed,
      boolean successful) {
    recorder.record(label, start, elapsed, elapsed, 0, successful, successful ? "200" : "500", "", 0, 0, 2, null,
        null, slot, threadFreeAfterSlot);
  }

  @Test
  void aStartHeldUpByABusyThreadCountsFromItsSlot() {
    // 100 requests due every 10 ms; the first is stalled 1 s and holds up the 99 behind it, which then go at once.
    scheduled("GET /agents", T0, T0, 1_000, true);
    for (int i = 1; i < 100; i++) {
      scheduled("GET /agents", T0 + i * 10L, T0 + 1_000, 2, true);
    }

    LabelStats agents = recorder.snapshot().labels().get(0);

    assertThat(agents.elapsedSuccessful().p50Ms()).as("service time, p50").isEqualTo(2);
    assertThat(agents.elapsedSuccessful().p95Ms()).as("service time, p95: the stall is one sample in 100").isEqualTo(2);
    // Request i (i >= 1) completes at 1,002 ms and was due at 10 i ms: 1,002 - 10 i.
    assertThat(agents.correctedSuccessful().p50Ms()).as("from the slot, p50 (rank 50 of 100: i = 50)").isEqualTo(502);
    assertThat(agents.correctedSuccessful().p99Ms()).as("from the slot, p99 (rank 99: the stalled one's 1,000 ms)")
        .isEqualTo(992);
    assertThat(agents.correctedSuccessful().maxMs()).isEqualTo(1_000);
    assertThat(agents.schedule().scheduledSamples()).isEqualTo(100);
    assertThat(agents.schedule().lateStarts()).as("started more than 10 ms after the slot: i = 1..98")
        .isEqualTo(98);
    assertThat(agents.schedule().startLag().maxMs()).isEqualTo(990);
    assertThat(agents.schedule().generatorLag().maxMs()).as("every late start waited for a busy thread").isZero();
    assertThat(recorder.snapshot().overall().schedule().scheduledSamples()).as("the overall row sums the labels")
        .isEqualTo(100);
  }

  @Test
  void theGeneratorLagIsTheLateStartLessTheWaitForAFreeThread() {
    scheduled("GET /agents", T0, 0, T0 + 40, 5, true);
    scheduled("GET /agents", T0 + 10, 300, T0 + 330, 5, true);

    ScheduleStats schedule = recorder.snapshot().labels().get(0).schedule();

    assertThat(schedule.startLag().maxMs()).isEqualTo(320);
    assertThat(schedule.generatorLag().maxMs()).as("a thread woke 40 ms late; another started 20 ms after it was free")
        .isEqualTo(40);
    assertThat(schedule.generatorLag().minMs()).isEqualTo(20);
    assertThat(schedule.lateStarts()).isEqualTo(2);
  }

  @Test
  void anEarlyStartNeverMakesTheCorrectedTimeShorterThanTheServiceTime() {
    scheduled("GET /calls", T0 + 1, T0, 40, true);

    LabelStats calls = recorder.snapshot().labels().get(0);

    assertThat(calls.correctedSuccessful().maxMs()).isEqualTo(40);
    assertThat(calls.schedule().startLag().maxMs()).as("a thread woke 1 ms early").isZero();
    assertThat(calls.schedule().lateStarts()).isZero();
  }

  @Test
  void samplesWithoutASlotHaveTheirServiceTimeAsCorrectedLatencyAndNoSchedule() {
    recorder.record("GET /health", T0, 7, 7, 0, true, "200", "OK", 0, 0, 1);
    scheduled("GET /health", T0, T0 + 50, 10, false);

    LabelStats health = recorder.snapshot().labels().get(0);

    assertThat(health.correctedSuccessful()).as("failed samples are left out, as of every latency threshold")
        .isEqualTo(health.elapsedSuccessful());
    assertThat(health.schedule().scheduledSamples()).as("a failed sample still kept or missed its slot").isEqualTo(1);
    recorder.record("GET /agents", T0, 7, 7, 0, true, "200", "OK", 0, 0, 1);
    assertThat(recorder.snapshot().labels().get(0).schedule()).as("a label none of whose samples had a slot").isNull();
  }
}
