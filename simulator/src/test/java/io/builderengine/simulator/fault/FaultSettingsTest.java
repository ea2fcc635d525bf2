package io.builderengine.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FaultSettingsTest {

  @Test
  void noneHasTheDocumentedDefaults() {
    FaultSettings none = FaultSettings.none();

    assertThat(none.latencyMillis()).isZero();
    assertThat(none.errorStatus()).isEqualTo(500);
    assertThat(none.stallMaxMillis()).isEqualTo(300_000);
    assertThat(none.wsCloseCode()).isEqualTo(1011);
    assertThat(none.wsCloseRate()).isEqualTo(1.0);
    assertThat(none.overloadLatencyMillisPerCall()).isEqualTo(10);
    assertThat(none.pathPrefix()).isEmpty();
  }

  @Test
  void withersRejectOutOfRangeValuesNamingTheField() {
    assertThatThrownBy(() -> FaultSettings.none().withErrorRate(1.1))
        .hasMessage("error_rate must be a decimal from 0 to 1, got 1.1");
    assertThatThrownBy(() -> FaultSettings.none().withErrorRate(Double.NaN))
        .hasMessageStartingWith("error_rate must be");
    assertThatThrownBy(() -> FaultSettings.none().withLatencyMillis(-1))
        .hasMessage("latency_ms must be a whole number from 0 to 600000, got -1");
    assertThatThrownBy(() -> FaultSettings.none().withWsCloseCode(1005))
        .hasMessageStartingWith("ws_close_code must be a WebSocket close code");
    assertThatThrownBy(() -> FaultSettings.none().withPathPrefix("api"))
        .hasMessageStartingWith("path_prefix must be empty (all routes) or a path");
  }

  @Test
  void requestFaultRatesMayNotAddUpToMoreThanOne() {
    FaultSettings tooMuch = FaultSettings.none().withErrorRate(0.5).withResetRate(0.3)
        .withStallRate(0.3);

    assertThatThrownBy(tooMuch::validate)
        .hasMessageStartingWith("reset_rate + stall_rate + error_rate must not exceed 1");
    assertThat(FaultSettings.none().withErrorRate(0.7).withResetRate(0.2).withStallRate(0.1)
        .validate()).as("decimal rounding of an exact 1 is tolerated").isNotNull();
  }

  @Test
  void jsonUpdateChangesOnlyGivenFieldsAndNamesBadOnes() throws Exception {
    ObjectMapper mapper = new ObjectMapper();

    FaultSettings updated = FaultSettingsJson.applyUpdate(FaultSettings.none(),
        mapper.readTree("{\"latency_ms\":50,\"error_rate\":\"0.5\",\"path_prefix\":\"/api\"}"));

    assertThat(updated).isEqualTo(FaultSettings.none().withLatencyMillis(50).withErrorRate(0.5)
        .withPathPrefix("/api"));
    assertThatThrownBy(() -> FaultSettingsJson.applyUpdate(FaultSettings.none(),
        mapper.readTree("{\"latency_ms\":1.5}")))
        .hasMessage("latency_ms must be a whole number from 0 to 600000, got '1.5'");
    assertThatThrownBy(() -> FaultSettingsJson.applyUpdate(FaultSettings.none(),
        mapper.readTree("{\"path_prefix\":null}")))
        .hasMessageStartingWith("path_prefix must be");
    assertThatThrownBy(() -> FaultSettingsJson.applyUpdate(FaultSettings.none(),
        mapper.readTree("{\"latencyMs\":1}")))
        .hasMessageStartingWith("unknown field 'latencyMs'; fields: latency_ms, jitter_ms");
  }

  @Test
  void jsonViewListsEveryFieldByItsName() {
    assertThat(FaultSettingsJson.toMap(FaultSettings.none()).keySet())
        .containsExactlyElementsOf(FaultField.ALL.stream().map(FaultField::jsonName).toList());
  }

  @Test
  void flagsAreTheJsonNamesWithDashes() {
    assertThat(FaultField.OVERLOAD_LATENCY_MS_PER_CALL.flag())
        .isEqualTo("--overload-latency-ms-per-call");
  }
}
