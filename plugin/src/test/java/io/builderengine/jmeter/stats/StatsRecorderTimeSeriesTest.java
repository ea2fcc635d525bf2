package io.builderengine.jmeter.stats;

import static io.builderengine.jmeter.stats.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsRecorderTimeSeriesTest {

  private final StatsRecorder recorder = new StatsRecorder(1000, 5);
  private final Samples samples = new Samples(recorder);

  @Test
  void bucketsSamplesByEndTime() {
    samples.success("asr", T0 - 500, 400);
    samples.success("asr", T0 - 500, 500);
    samples.success("asr", T0 + 999, 1);
    samples.success("asr", T0 + 1999, 0);

    assertThat(recorder.snapshot().timeSeries()).extracting(IntervalStats::startMillis, IntervalStats::samples)
        .containsExactly(tuple(T0 - 1000, 1L), tuple(T0, 1L), tuple(T0 + 1000, 2L));
  }

  @Test
  void alignsBucketsOnMultiplesOfTheInterval() {
    StatsRecorder quarterSeconds = new StatsRecorder(250, 5);
    quarterSeconds.record("asr", T0 + 100, 300, 0, 0, true, "200", "OK", 0, 0, 1);

    assertThat(quarterSeconds.snapshot().timeSeries()).extracting(IntervalStats::startMillis).containsExactly(T0 + 250);
  }

  @Test
  void fillsTheBucketsWithoutSamplesBetweenTheFirstAndTheLast() {
    samples.success("asr", T0, 10);
    samples.success("asr", T0 + 3000, 10);
    samples.success("asr", T0 + 6000, 10);

    assertThat(recorder.snapshot().timeSeries()).containsExactly(
        new IntervalStats(T0, 1, 0, 10, 10, 10, 1), empty(T0 + 1000), empty(T0 + 2000),
        new IntervalStats(T0 + 3000, 1, 0, 10, 10, 10, 1), empty(T0 + 4000), empty(T0 + 5000),
        new IntervalStats(T0 + 6000, 1, 0, 10, 10, 10, 1));
  }

  @Test
  void reportsPercentilesAndErrorsPerBucket() {
    for (int elapsed = 1; elapsed <= 100; elapsed++) {
      samples.success("asr", T0, elapsed);
    }
    samples.failure("asr", T0, 100, "500", "error");

    IntervalStats bucket = recorder.snapshot().timeSeries().get(0);

    assertThat(bucket.samples()).isEqualTo(101);
    assertThat(bucket.errors()).isEqualTo(1);
    assertThat(bucket.p50Ms()).isEqualTo(51);
    assertThat(bucket.p95Ms()).isEqualTo(96);
    assertThat(bucket.p99Ms()).isEqualTo(100);
  }

  @Test
  void bucketPercentilesAreWithinOnePercent() {
    for (int elapsed = 1; elapsed <= 2000; elapsed++) {
      samples.success("asr", T0 - elapsed, elapsed);
    }

    IntervalStats bucket = recorder.snapshot().timeSeries().get(0);

    assertThat(bucket.p50Ms()).as("p50 within 1% of 1000 (2 significant digits)").isBetween(1000.0, 1010.0);
    assertThat(bucket.p95Ms()).as("p95 within 1% of 1900").isBetween(1900.0, 1919.0);
    assertThat(bucket.p99Ms()).as("p99 within 1% of 1980").isBetween(1980.0, 1999.8);
  }

  @Test
  void keepsThePeakOfActiveThreadsPerBucket() {
    recorder.record("asr", T0, 10, 0, 0, true, "200", "OK", 0, 0, 3);
    recorder.record("asr", T0 + 100, 10, 0, 0, true, "200", "OK", 0, 0, 12);
    recorder.record("asr", T0 + 200, 10, 0, 0, true, "200", "OK", 0, 0, 7);
    recorder.record("asr", T0 + 1000, 10, 0, 0, true, "200", "OK", 0, 0, 5);

    assertThat(recorder.snapshot().timeSeries()).extracting(IntervalStats::activeThreads).containsExactly(12, 5);
  }

  @Test
  void keepsABucketOpenUntilASampleArrivesTwoIntervalsLater() {
    samples.success("asr", T0, 10);
    samples.success("asr", T0 + 1000, 10);
    samples.success("asr", T0, 900);

    assertThat(recorder.snapshot().timeSeries().get(0).p99Ms()).as("the slow sample in the still open bucket")
        .isEqualTo(900);
  }

  @Test
  void countsALateSampleIntoItsClosedBucketWithoutChangingThePercentiles() {
    for (int i = 0; i < 100; i++) {
      samples.success("asr", T0, 10);
    }
    samples.success("asr", T0 + 2000, 10);
    IntervalStats closed = recorder.snapshot().timeSeries().get(0);

    samples.failure("asr", T0, 900, "504", "Gateway Timeout");
    recorder.record("asr", T0, 900, 0, 0, true, "200", "OK", 0, 0, 40);

    IntervalStats withLate = recorder.snapshot().timeSeries().get(0);
    assertThat(withLate).isEqualTo(new IntervalStats(T0, 102, 1, 10, 10, 10, 40));
    assertThat(closed).as("an earlier snapshot's bucket").isEqualTo(new IntervalStats(T0, 100, 0, 10, 10, 10, 1));
    assertThat(recorder.snapshot().labels().get(0).samples()).as("the label's own figures").isEqualTo(103);
  }

  @Test
  void extendsTheSeriesBackForALateSampleBeforeItsStart() {
    samples.success("asr", T0 + 5000, 10);
    samples.success("asr", T0 + 7000, 10);

    samples.success("asr", T0 + 2000, 30);

    assertThat(recorder.snapshot().timeSeries()).extracting(IntervalStats::startMillis, IntervalStats::samples,
        IntervalStats::p99Ms).containsExactly(tuple(T0 + 2000, 1L, 0.0), tuple(T0 + 3000, 0L, 0.0),
        tuple(T0 + 4000, 0L, 0.0), tuple(T0 + 5000, 1L, 10.0), tuple(T0 + 6000, 0L, 0.0), tuple(T0 + 7000, 1L, 10.0));
  }

  @Test
  void takesTheBucketBeforeTheFirstAsOpen() {
    samples.success("asr", T0 + 5000, 10);

    samples.success("asr", T0 + 4000, 30);

    assertThat(recorder.snapshot().timeSeries()).extracting(IntervalStats::startMillis, IntervalStats::p99Ms)
        .containsExactly(tuple(T0 + 4000, 30.0), tuple(T0 + 5000, 10.0));
  }

  @Test
  void aSnapshotDoesNotLoseWhatItsOpenBucketsRecordAfterIt() {
    samples.success("asr", T0, 10);
    samples.success("asr", T0 + 1000, 10);
    List<IntervalStats> first = recorder.snapshot().timeSeries();

    samples.success("asr", T0, 500);
    samples.success("asr", T0 + 1000, 700);
    samples.success("asr", T0 + 3000, 10);

    assertThat(first).extracting(IntervalStats::samples).containsExactly(1L, 1L);
    assertThat(recorder.snapshot().timeSeries()).extracting(IntervalStats::samples, IntervalStats::p99Ms)
        .containsExactly(tuple(2L, 500.0), tuple(2L, 700.0), tuple(0L, 0.0), tuple(1L, 10.0));
  }

  private static IntervalStats empty(long startMillis) {
    return new IntervalStats(startMillis, 0, 0, 0, 0, 0, 0);
  }
}
