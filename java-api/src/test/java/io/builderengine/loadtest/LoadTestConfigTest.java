package io.builderengine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadTestConfigTest {

  @Test
  void becomesThePlanPropertiesTheCommandLineWouldSetAndTheKeyAnEnvironmentVariable() {
    LoadTestConfig config = LoadTestConfig.builder().baseUrl("https://api.example.test").apiKey("sk_live_secret")
        .users(8).rps(25).duration(Duration.ofMinutes(2)).rampUp(Duration.ofSeconds(15)).profile("normal")
        .property("db_weights", "join=0").environmentVariable("BE_DB_PASSWORD", "pw").build();

    assertThat(config.planProperties()).containsExactly(
        java.util.Map.entry("base_url", "https://api.example.test"), java.util.Map.entry("users", "8"),
        java.util.Map.entry("rps", "25"), java.util.Map.entry("duration", "120"), java.util.Map.entry("ramp_up", "15"),
        java.util.Map.entry("profile", "normal"), java.util.Map.entry("db_weights", "join=0"));
    assertThat(config.environment()).containsEntry("BE_API_KEY", "sk_live_secret").containsEntry("BE_DB_PASSWORD", "pw");
    assertThat(config.toString()).doesNotContain("sk_live_secret").doesNotContain("pw,").contains("****");
  }

  @Test
  void aFractionalRateStaysFractional() {
    assertThat(LoadTestConfig.builder().rps(2.5).build().planProperties()).containsEntry("rps", "2.5");
  }

  @Test
  void refusesValuesTheRunCouldNotUse() {
    assertThatThrownBy(() -> LoadTestConfig.builder().users(0)).hasMessage("users must be at least 1, not 0");
    assertThatThrownBy(() -> LoadTestConfig.builder().rps(Double.NaN)).hasMessage("rps must be a positive number, not NaN");
    assertThatThrownBy(() -> LoadTestConfig.builder().duration(Duration.ofMillis(1500)))
        .hasMessage("duration must be whole seconds, at least 1, not PT1.5S");
    assertThatThrownBy(() -> LoadTestConfig.builder().rampUp(Duration.ofSeconds(-1)))
        .hasMessage("rampUp must be whole seconds, at least 0, not PT-1S");
  }
}
