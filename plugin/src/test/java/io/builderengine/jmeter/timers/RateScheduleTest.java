package io.builderengine.jmeter.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RateScheduleTest {

  /** Counts the requests due in [fromSeconds, toSeconds). */
  private static long dueBetween(RateSchedule schedule, double fromSeconds, double toSeconds) {
    long count = 0;
    for (long n = 1; ; n++) {
      double due = schedule.dueSeconds(n);
      if (due >= toSeconds) {
        return count;
      }
      if (due >= fromSeconds) {
        count++;
      }
    }
  }

  @Test
  void constantRateSpacesRequestsEvenlyWithoutRoundingToMilliseconds() {
    RateSchedule schedule = RateSchedule.of(150, 0, 60, 0);
    assertThat(schedule.dueSeconds(1)).isCloseTo(1 / 300.0, within(1e-12));
    assertThat(schedule.dueSeconds(2) - schedule.dueSeconds(1)).isCloseTo(1 / 150.0, within(1e-12));
    assertThat(schedule.totalRequests()).isEqualTo(9000.0);
    assertThat(dueBetween(schedule, 0, 60)).isEqualTo(9000);
    assertThat(dueBetween(schedule, 10, 11)).as("one second of 150/s, +-1").isBetween(149L, 151L);
  }

  @Test
  void nothingIsDueAfterTheDuration() {
    RateSchedule schedule = RateSchedule.of(200, 0, 60, 0);
    assertThat(schedule.dueSeconds(12_000)).isLessThan(60);
    assertThat(schedule.dueSeconds(12_001)).isInfinite();
  }

  @Test
  void rampUpClimbsLinearlyFromZero() {
    RateSchedule schedule = RateSchedule.of(100, 10, 60, 0);
    // Area under the ramp: 100/s * t^2 / 20 s.
    assertThat(dueBetween(schedule, 0, 5)).as("first half of the ramp, +-1").isBetween(124L, 126L);
    assertThat(dueBetween(schedule, 5, 10)).as("second half of the ramp, +-1").isBetween(374L, 376L);
    assertThat(dueBetween(schedule, 10, 60)).as("hold, +-1").isBetween(4999L, 5001L);
    assertThat(schedule.totalRequests()).isEqualTo(5500.0);
  }

  @Test
  void rampDownFallsLinearlyToZeroAtTheEnd() {
    RateSchedule schedule = RateSchedule.of(100, 0, 60, 10);
    assertThat(dueBetween(schedule, 50, 55)).as("first half of the ramp-down, +-1").isBetween(374L, 376L);
    assertThat(dueBetween(schedule, 55, 60)).as("second half of the ramp-down, +-1").isBetween(124L, 126L);
    assertThat(schedule.dueSeconds(5500)).isLessThan(60);
    assertThat(schedule.dueSeconds(5501)).isInfinite();
  }

  @Test
  void dueTimesNeverGoBackAcrossThePhases() {
    RateSchedule schedule = RateSchedule.of(37.5, 4, 20, 6);
    double previous = 0;
    for (long n = 1; n <= (long) schedule.totalRequests(); n++) {
      double due = schedule.dueSeconds(n);
      assertThat(due).as("request %d", n).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(20);
      previous = due;
    }
  }

  @Test
  void withoutADurationTheRateHoldsForever() {
    RateSchedule schedule = RateSchedule.of(1000, 2, 0, 0);
    assertThat(schedule.totalRequests()).isInfinite();
    assertThat(schedule.dueSeconds(10_000_000)).isCloseTo(2 + (10_000_000 - 0.5 - 1000) / 1000.0, within(1e-6));
  }

  /** mixed.jmx's timer of a scenario switched off: its group has no thread, and nothing is ever due. */
  @ParameterizedTest
  @CsvSource({"0, 60", "10, 60", "0, 0", "10, 0"})
  void aRateOfZeroDuesNothing(double rampUpSeconds, double durationSeconds) {
    RateSchedule schedule = RateSchedule.of(0, rampUpSeconds, durationSeconds, 0);
    assertThat(schedule.totalRequests()).isZero();
    assertThat(schedule.dueSeconds(1)).isInfinite();
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(-5, 0, 60, 0, "target rate must be 0 requests per second or more"),
        Arguments.of(Double.NaN, 0, 60, 0, "target rate (requests per second) must be a number"),
        Arguments.of(10, -1, 60, 0, "ramp-up must be 0 seconds or more"),
        Arguments.of(10, 0, -60, 0, "duration must be 0 seconds or more"),
        Arguments.of(10, 0, 60, -2, "ramp-down must be 0 seconds or more"),
        Arguments.of(10, 40, 60, 30, "exceed the duration (60.0 s)"),
        Arguments.of(10, 0, 0, 5, "needs a duration to end at"));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void rejectsBadSettingsSayingWhatToFix(double rps, double rampUp, double duration, double rampDown, String message) {
    assertThatThrownBy(() -> RateSchedule.of(rps, rampUp, duration, rampDown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
