package io.builderengine.jmeter.timers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleSlotTest {

  @Test
  void readsTheSlotAndHowLateItsThreadWasFree() {
    assertThat(ScheduleSlot.intendedStartMillis("1795688716684")).isEqualTo(1_795_688_716_684L);
    assertThat(ScheduleSlot.askedLateMillis("1795688716684")).as("a thread was waiting for the slot").isZero();
    assertThat(ScheduleSlot.intendedStartMillis("1795688716684+45")).isEqualTo(1_795_688_716_684L);
    assertThat(ScheduleSlot.askedLateMillis("1795688716684+45")).isEqualTo(45);
  }

  @Test
  void aSampleWithoutASlotHasNone() {
    assertThat(ScheduleSlot.intendedStartMillis(null)).isZero();
    assertThat(ScheduleSlot.intendedStartMillis("")).isZero();
    assertThat(ScheduleSlot.intendedStartMillis("null")).as("as JMeter writes an unset sample variable").isZero();
    assertThat(ScheduleSlot.intendedStartMillis("tomorrow")).as("a user's variable of the same name").isZero();
    assertThat(ScheduleSlot.askedLateMillis("12+x")).isZero();
  }
}
