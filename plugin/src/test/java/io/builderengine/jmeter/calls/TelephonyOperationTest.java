package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephonyOperationTest {

  @Test
  void weightsAreThePlatformsAndAddUpToOneHundred() {
    assertThat(Arrays.stream(TelephonyOperation.values()).mapToInt(TelephonyOperation::weight))
        .containsExactly(30, 15, 10, 10, 10, 25);
    assertThat(Arrays.stream(TelephonyOperation.values()).mapToInt(TelephonyOperation::weight).sum())
        .isEqualTo(TelephonyOperation.TOTAL_WEIGHT).isEqualTo(100);
  }

  @ParameterizedTest
  @CsvSource({
    "0.0, STATUS", "0.2999, STATUS",
    "0.30, HOLD", "0.4499, HOLD",
    "0.45, RESUME", "0.5499, RESUME",
    "0.55, TRANSFER", "0.6499, TRANSFER",
    "0.65, RECORDING_START", "0.7499, RECORDING_START",
    "0.75, END", "0.9999, END"})
  void picksByBandsWhoseLowerEdgeBelongsToTheNextOperation(double u, TelephonyOperation expected) {
    assertThat(TelephonyOperation.pick(u)).isEqualTo(expected);
  }

  @Test
  void theLargestDrawBelowAnEdgeStaysInTheLowerBand() {
    assertThat(TelephonyOperation.pick(Math.nextDown(0.30))).isEqualTo(TelephonyOperation.STATUS);
    assertThat(TelephonyOperation.pick(Math.nextDown(0.55))).isEqualTo(TelephonyOperation.RESUME);
    assertThat(TelephonyOperation.pick(Math.nextDown(0.75))).isEqualTo(TelephonyOperation.RECORDING_START);
    assertThat(TelephonyOperation.pick(Math.nextDown(1.0))).isEqualTo(TelephonyOperation.END);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.0001, 1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void refusesDrawsOutsideTheUnitInterval(double u) {
    assertThatIllegalArgumentException().isThrownBy(() -> TelephonyOperation.pick(u))
        .withMessageContaining("[0, 1)");
  }

  @Test
  void uniformDrawsHitEachOperationInProportionToItsWeight() {
    int draws = 200_000;
    SplittableRandom random = new SplittableRandom(20_240_114);
    Map<TelephonyOperation, Integer> counts = new EnumMap<>(TelephonyOperation.class);
    for (int i = 0; i < draws; i++) {
      counts.merge(TelephonyOperation.pick(random.nextDouble()), 1, Integer::sum);
    }
    // The binomial standard deviation of a 30% share over 200k draws is 0.1 points; 0.5 is 5 sigma.
    double tolerancePercent = 0.5;
    for (TelephonyOperation operation : TelephonyOperation.values()) {
      double sharePercent = 100.0 * counts.getOrDefault(operation, 0) / draws;
      assertThat(sharePercent).as("%s share in %%, tolerance %s points", operation, tolerancePercent)
          .isCloseTo(operation.weight(), within(tolerancePercent));
    }
  }

  @Test
  void eachOperationNamesItsMethodPathAndStep() {
    String id = "call_0123456789ab";
    assertThat(TelephonyOperation.STATUS.path(id)).isEqualTo("/api/v1/calls/call_0123456789ab");
    assertThat(TelephonyOperation.HOLD.path(id)).isEqualTo("/api/v1/calls/call_0123456789ab/hold");
    assertThat(TelephonyOperation.RESUME.path(id)).isEqualTo("/api/v1/calls/call_0123456789ab/resume");
    assertThat(TelephonyOperation.TRANSFER.path(id)).isEqualTo("/api/v1/calls/call_0123456789ab/transfer");
    assertThat(TelephonyOperation.RECORDING_START.path(id))
        .isEqualTo("/api/v1/calls/call_0123456789ab/recording/start");
    assertThat(TelephonyOperation.END.path(id)).isEqualTo("/api/v1/calls/call_0123456789ab/end");
    assertThat(Arrays.stream(TelephonyOperation.values()).map(TelephonyOperation::method))
        .containsExactly("GET", "POST", "POST", "POST", "POST", "POST");
    assertThat(Arrays.stream(TelephonyOperation.values()).map(TelephonyOperation::stepName))
        .containsExactly("status", "hold", "resume", "transfer", "recording", "end");
  }

  @Test
  void anIdCannotRedirectTheRequestToAnotherRoute() {
    assertThat(TelephonyOperation.HOLD.path("x/../../agents?page=1"))
        .isEqualTo("/api/v1/calls/x%2F..%2F..%2Fagents%3Fpage%3D1/hold");
    assertThat(TelephonyOperation.STATUS.path("appel é")).isEqualTo("/api/v1/calls/appel%20%C3%A9");
  }
}
