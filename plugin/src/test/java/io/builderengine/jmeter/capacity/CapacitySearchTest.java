package io.builderengine.jmeter.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapacitySearchTest {

  private static final long T0 = 1_700_000_000_000L;
  private final StepPlan plan = new StepPlan(10, 5, 25, 10_000);
  private final StepCriteria criteria = new StepCriteria("* - initiate", 200, 0.05);

  @Test
  void breaksAtTheFirstStepOverTheP95AndReportsTheOneBefore() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    calls(search, 0, 20, 15);   // 10 calls
    calls(search, 1, 20, 40);
    calls(search, 2, 20, 450);  // 20 calls: over 200 ms

    assertThat(search.judgeDueSteps(T0 + 10_000)).as("step 0 not yet past its grace").isNull();
    assertThat(search.judgeDueSteps(T0 + 20_000 + CapacitySearch.JUDGING_GRACE_MILLIS)).isNull();
    CapacityFinding finding = search.judgeDueSteps(T0 + 30_000 + CapacitySearch.JUDGING_GRACE_MILLIS);

    assertThat(search.isOver()).isTrue();
    assertThat(finding.capacityCalls()).isEqualTo(15);
    assertThat(finding.brokenStep().concurrentCalls()).isEqualTo(20);
    assertThat(finding.describe()).isEqualTo("Capacity: 15 concurrent calls with p95 40 ms of '* - initiate';"
        + " broke at step 3 of 4 (20 concurrent calls): p95 450 ms > 200 ms");
    assertThat(search.judgeDueSteps(T0 + 60_000)).as("judged once").isNull();
  }

  @Test
  void reachingTheLimitWithoutABreakSaysSo() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    for (int step = 0; step < plan.steps(); step++) {
      calls(search, step, 20, 30);
    }
    CapacityFinding finding = search.judgeDueSteps(T0 + plan.totalMillis() + CapacitySearch.JUDGING_GRACE_MILLIS);

    assertThat(finding.capacityCalls()).isEqualTo(25);
    assertThat(finding.brokenStep()).isNull();
    assertThat(finding.describe()).isEqualTo("Capacity: at least 25 concurrent calls with p95 30 ms of"
        + " '* - initiate'; the limit of 25 was reached without a break");
  }

  @Test
  void failedCallsBreakAStepAndAFirstStepBreakMeansBelowTheStart() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    for (int i = 0; i < 10; i++) {
      long start = T0 + 1_000 + i * 100;
      search.recordCall(start, start + 500, i >= 2); // 2 of 10 fail
      search.recordWatched(start, start + 500, 20);
    }
    CapacityFinding finding = search.judgeDueSteps(T0 + 11_000);

    assertThat(finding.capacityCalls()).isZero();
    assertThat(finding.describe()).isEqualTo("Capacity: below 10 concurrent calls; broke at step 1 of 4"
        + " (10 concurrent calls): error rate 20.00% > 5.00%");
  }

  @Test
  void callsAcrossTwoStepsAndStepsWithoutWatchedSamplesAreNotJudgedAsHeld() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    search.recordCall(T0 + 9_000, T0 + 11_000, true);
    search.recordWatched(T0 + 9_000, T0 + 11_000, 5);
    CapacityFinding finding = search.judgeDueSteps(T0 + 11_000);

    assertThat(finding.brokenStep().reason())
        .isEqualTo("no call ended within the step; hold each step longer than a call lasts");
  }

  @Test
  void threadsWaitForTheirStep() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    assertThat(search.millisUntilThreadJoins(9, T0 + 500)).isZero();
    assertThat(search.millisUntilThreadJoins(10, T0 + 500)).isEqualTo(9_500);
    assertThat(search.millisUntilThreadJoins(24, T0 + 500)).isEqualTo(29_500);
  }

  /** {@code count} calls in the step, each with one watched sample of {@code watchedMillis}. */
  private static void calls(CapacitySearch search, int step, int count, long watchedMillis) {
    for (int i = 0; i < count; i++) {
      long start = T0 + step * 10_000L + 100 + i * 50L;
      search.recordCall(start, start + 2_000, true);
      search.recordWatched(start, start + 2_000, watchedMillis);
    }
  }
}
