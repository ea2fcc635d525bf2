package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.ConfigFixture.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** profiles/config.yaml as shipped holds the old suite's values, with no environment set. */
class ShippedConfigTest {

  private static SuiteConfig config;

  @BeforeAll
  static void load() {
    config = ConfigLoader.load(SHIPPED, Map.of());
  }

  @ParameterizedTest(name = "{0}: {1} users, {2}/s, {3} s, ramps {4} s and {5} s")
  @CsvSource({
      "smoke,  5,   10,   30,   5,   5",
      "light,  10,  50,   60,   10,  5",
      "normal, 50,  200,  300,  30,  15",
      "heavy,  100, 500,  600,  60,  30",
      "stress, 200, 1000, 300,  120, 30",
      "soak,   30,  100,  3600, 60,  60",
      "spike,  150, 500,  120,  5,   5",
      "quick,  5,   10,   10,   0,   0"})
  void eachProfileResolvesToTheOldSuitesTable(String profile, int users, double rps, int durationSeconds,
      int rampUpSeconds, int rampDownSeconds) {
    RunSettings run = RunSettings.resolve(config, Map.of("profile", profile), Map.of());
    assertThat(run.profileName()).isEqualTo(profile);
    assertThat(run.users()).isEqualTo(users);
    assertThat(run.targetRps()).isEqualTo(rps);
    assertThat(run.durationSeconds()).isEqualTo(durationSeconds);
    assertThat(run.rampUpSeconds()).isEqualTo(rampUpSeconds);
    assertThat(run.rampDownSeconds()).isEqualTo(rampDownSeconds);
    assertThat(config.profiles().get(profile))
        .isEqualTo(new LoadProfile(users, rps, durationSeconds, rampUpSeconds, rampDownSeconds));
  }

  @Test
  void holdsTheOldSuitesSevenProfilesInItsOrderThenQuick() {
    assertThat(List.copyOf(config.profiles().keySet()))
        .containsExactly("smoke", "light", "normal", "heavy", "stress", "soak", "spike", "quick");
  }

  @Test
  void withoutAProfileTheRunIsLight() {
    RunSettings run = RunSettings.resolve(config, Map.of(), Map.of());
    assertThat(run.profileName()).isEqualTo("light");
    assertThat(run.users()).isEqualTo(10);
  }

  @Test
  void targetFallsBackToTheSimulatorsDefaults() {
    Target target = config.target();
    assertThat(target.baseUrl()).isEqualTo("http://localhost:8000");
    assertThat(target.apiKey().reveal()).isEqualTo("sk_test_simulator");
    assertThat(target.organizationId()).isEqualTo("org_loadtest");
    assertThat(target.websocketUrl()).isEqualTo("ws://localhost:8000/ws");
    assertThat(target.databaseUrl()).isEqualTo("postgresql://localhost:5432/builderengine");
  }

  @Test
  void thresholdsRequestsScenariosAndOutputAreTheOldSuites() {
    assertThat(config.thresholds()).isEqualTo(new Thresholds(500, 1000, 2000, 0.01, 50));
    assertThat(config.requests()).isEqualTo(new RequestTimeouts(30, 10));
    assertThat(config.scenarios()).containsExactly(
        new Scenario("api_load", true, 40),
        new Scenario("call_simulation", true, 30),
        new Scenario("websocket", true, 20),
        new Scenario("database", false, 10));
    assertThat(config.output())
        .isEqualTo(new Output("./load_test_results", true, List.of("json", "html", "markdown")));
  }

  @Test
  void notificationsAreOffAndTheWebhookEmptyWhenUnset() {
    assertThat(config.notifications().slack())
        .isEqualTo(new Notifications.Slack(false, Secret.of(""), true, false));
    assertThat(config.notifications().email())
        .isEqualTo(new Notifications.Email(false, "smtp.example.com", List.of("team@example.com")));
  }

  @Test
  void theEnvironmentFillsTheVariables() {
    SuiteConfig withEnvironment = ConfigLoader.load(SHIPPED, Map.of("BE_API_KEY", "sk_env_1234",
        "BE_ORG_ID", "org_env", "SLACK_WEBHOOK_URL", "https://hooks.slack.test/T1/B1/x"));
    assertThat(withEnvironment.target().apiKey().reveal()).isEqualTo("sk_env_1234");
    assertThat(withEnvironment.target().organizationId()).isEqualTo("org_env");
    assertThat(withEnvironment.notifications().slack().webhookUrl().reveal())
        .isEqualTo("https://hooks.slack.test/T1/B1/x");
  }

  @Test
  void messagesNameTheFileAsGivenRelativeStaysRelative() {
    assertThat(config.source()).isEqualTo(SHIPPED);
    assertThatThrownBy(() -> RunSettings.resolve(config, Map.of("profile", "smok"), Map.of()))
        .hasMessage("../profiles/config.yaml: unknown profile 'smok';"
            + " known profiles: heavy, light, normal, quick, smoke, soak, spike, stress");
  }

  @Test
  void describesTheRunOnOneLineWithTheKeyMasked() {
    RunSettings run = RunSettings.resolve(config, Map.of("profile", "smoke", "base_url", "http://127.0.0.1:8000/",
        "org_id", "org_x"), Map.of("BE_API_KEY", "sk_live_0000abcd"));
    assertThat(run.describe()).isEqualTo("Builder Engine run: profile=smoke users=5 rps=10.0 duration=30s ramp-up=5s"
        + " ramp-down=5s target=http://127.0.0.1:8000 org=org_x key=****abcd (config ../profiles/config.yaml)");
  }
}
