package io.builderengine.jmeter.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapacitySearchTest {

  private static final long T0 = 1_700_000_000_000L;
  private static final long GRACE = CapacitySearch.JUDGING_GRACE_MILLIS;
  private final StepPlan plan = new StepPlan(10, 5, 25, 10_000);
  private final StepCriteria criteria = new StepCriteria("* - initiate", 200, 0.05);

  @Test
  void breaksAtTheFirstStepOverTheP95AndReportsTheOneBefore() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    calls(search, 0, 20, 15);
    calls(search, 1, 20, 40);
    calls(search, 2, 20, 450); // over 200 ms

    assertThat(search.judgeDueSteps(T0 + 10_000)).as("step 0 not yet past its grace").isNull();
    assertThat(search.judgeDueSteps(T0 + 20_000 + GRACE)).isNull();
    CapacityFinding finding = search.judgeDueSteps(T0 + 30_000 + GRACE);

    assertThat(search.isOver()).isTrue();
    assertThat(finding.capacityCalls()).isEqualTo(15);
    assertThat(finding.brokenStep().concurrentCalls()).isEqualTo(20);
    assertThat(finding.describe()).isEqualTo("Capacity: 15 concurrent calls with p95 40 ms of '* - initiate';"
        + " broke at step 3 of 4 (20 concurrent calls): p95 450 ms > 200 ms");
    assertThat(search.judgeDueSteps(T0 + 60_000)).as("judged once").isNull();
  }

  @Test
  void aStepIsJudgedOnlyOnceItsSlowCallsHaveEnded() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    calls(search, 0, 10, 15);
    int slowStep = search.callStarting(T0 + 9_500); // a call of step 0 still running past its end

    assertThat(search.judgeDueSteps(T0 + 10_000 + GRACE)).as("waits for the slow call").isNull();
    assertThat(search.finding().steps()).isEmpty();
    search.watched(slowStep, 900);
    search.callEnded(slowStep, true);
    search.judgeDueSteps(T0 + 12_000);

    assertThat(search.finding().steps()).hasSize(1);
    assertThat(search.finding().steps().get(0).calls()).isEqualTo(11);
    assertThat(search.finding().steps().get(0).p95Millis()).as("the slow call counts in its own step")
        .isEqualTo(900);
  }

  @Test
  void aCallStillRunningAHoldAfterItsStepBreaksTheStep() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    calls(search, 0, 10, 15);
    search.callStarting(T0 + 9_000);

    assertThat(search.judgeDueSteps(T0 + 19_999)).isNull();
    CapacityFinding finding = search.judgeDueSteps(T0 + 20_000);

    assertThat(finding.describe()).isEqualTo("Capacity: below 10 concurrent calls; broke at step 1 of 4"
        + " (10 concurrent calls): 1 of 11 calls started in the step had not ended 10 s after it");
  }

  @Test
  void reachingTheLimitWithoutABreakSaysSo() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    for (int step = 0; step < plan.steps(); step++) {
      calls(search, step, 20, 30);
    }
    CapacityFinding finding = search.judgeDueSteps(T0 + plan.totalMillis() + GRACE);

    assertThat(finding.capacityCalls()).isEqualTo(25);
    assertThat(finding.brokenStep()).isNull();
    assertThat(finding.describe()).isEqualTo("Capacity: at least 25 concurrent calls with p95 30 ms of"
        + " '* - initiate'; the limit of 25 was reached without a break");
  }

  @Test
  void failedCallsBreakAStepAndAFirstStepBreakMeansBelowTheStart() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    for (int i = 0; i < 10; i++) {
      int step = search.callStarting(T0 + 1_000 + i * 100);
      search.watched(step, 20);
      search.callEnded(step, i >= 2); // 2 of 10 fail
    }
    CapacityFinding finding = search.judgeDueSteps(T0 + 11_000);

    assertThat(finding.capacityCalls()).isZero();
    assertThat(finding.describe()).isEqualTo("Capacity: below 10 concurrent calls; broke at step 1 of 4"
        + " (10 concurrent calls): error rate 20.00% > 5.00%");
  }

  @Test
  void aStepWithoutWatchedSamplesIsNotJudgedAsHeld() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    int step = search.callStarting(T0 + 1_000);
    search.callEnded(step, true);

    assertThat(search.judgeDueSteps(T0 + 11_000).brokenStep().reason())
        .isEqualTo("no sample labelled '* - initiate' within the step; check the watched label");
    assertThat(search.callStarting(T0 + plan.totalMillis())).as("after the last step").isEqualTo(-1);
  }

  @Test
  void threadsWaitForTheirStep() {
    CapacitySearch search = new CapacitySearch(plan, criteria, T0);
    assertThat(search.millisUntilThreadJoins(9, T0 + 500)).isZero();
    assertThat(search.millisUntilThreadJoins(10, T0 + 500)).isEqualTo(9_500);
    assertThat(search.millisUntilThreadJoins(24, T0 + 500)).isEqualTo(29_500);
  }

  /** {@code count} ended calls started in the step, each with one watched sample of {@code watchedMillis}. */
  private static void calls(CapacitySearch search, int step, int count, long watchedMillis) {
    for (int i = 0; i < count; i++) {
      int started = search.callStarting(T0 + step * 10_000L + 100 + i * 50L);
      search.watched(started, watchedMillis);
      search.callEnded(started, true);
    }
  }
}
