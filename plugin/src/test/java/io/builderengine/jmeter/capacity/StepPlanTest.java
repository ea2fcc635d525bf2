package io.builderengine.jmeter.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepPlanTest {

  private final StepPlan oldSuite = new StepPlan(10, 5, 50, 30_000);

  @Test
  void raisesConcurrencyFromTheStartByTheStepUpToTheLimit() {
    assertThat(oldSuite.steps()).isEqualTo(9);
    assertThat(oldSuite.concurrencyAt(0)).isEqualTo(10);
    assertThat(oldSuite.concurrencyAt(1)).isEqualTo(15);
    assertThat(oldSuite.concurrencyAt(8)).isEqualTo(50);
    assertThat(new StepPlan(10, 5, 42, 1_000).concurrencyAt(7)).as("last step capped at the limit").isEqualTo(42);
    assertThat(new StepPlan(10, 5, 42, 1_000).steps()).isEqualTo(8);
  }

  @Test
  void threadsJoinAtTheStepWhereConcurrencyFirstExceedsTheirIndex() {
    assertThat(oldSuite.stepOfThread(0)).isZero();
    assertThat(oldSuite.stepOfThread(9)).isZero();
    assertThat(oldSuite.stepOfThread(10)).isEqualTo(1);
    assertThat(oldSuite.stepOfThread(14)).isEqualTo(1);
    assertThat(oldSuite.stepOfThread(15)).isEqualTo(2);
    for (int step = 0; step < oldSuite.steps(); step++) {
      int threadsByThen = 0;
      for (int thread = 0; thread < oldSuite.maxCalls(); thread++) {
        threadsByThen += oldSuite.stepOfThread(thread) <= step ? 1 : 0;
      }
      assertThat(threadsByThen).as("threads calling during step %d", step).isEqualTo(oldSuite.concurrencyAt(step));
    }
    assertThat(oldSuite.stepStartMillis(3)).isEqualTo(90_000);
    assertThat(oldSuite.totalMillis()).isEqualTo(270_000);
  }

  @Test
  void refusesImpossibleSteps() {
    assertThatThrownBy(() -> new StepPlan(0, 5, 50, 30_000)).hasMessage("start calls must be at least 1, got 0");
    assertThatThrownBy(() -> new StepPlan(10, 0, 50, 30_000)).hasMessage("step calls must be at least 1, got 0");
    assertThatThrownBy(() -> new StepPlan(10, 5, 8, 30_000))
        .hasMessage("max calls (8) must be at least the start calls (10); raise -Jcapacity_max or lower -Jcapacity_start");
    assertThatThrownBy(() -> new StepPlan(10, 5, 50, 500))
        .hasMessage("each step must hold at least 1 s to judge it, got 500 ms");
  }
}
