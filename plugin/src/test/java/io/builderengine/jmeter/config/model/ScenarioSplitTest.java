package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mixed run's users and rate split by the scenarios' weights. */
class ScenarioSplitTest {

  /** The old suite's scenarios, as shipped: database off. */
  private static final List<Scenario> SHIPPED = ReportingSectionsReader.DEFAULT_SCENARIOS;
  private static final List<Scenario> ALL_ON = List.of(
      new Scenario("api_load", true, 40),
      new Scenario("call_simulation", true, 30),
      new Scenario("websocket", true, 20),
      new Scenario("database", true, 10));

  @ParameterizedTest(name = "{0} users: {1}, {2}, {3}, {4}")
  @CsvSource({
      // 40/30/20 of 90: 10 users are 4.44, 3.33, 2.22; the largest remainder takes the 10th.
      "10,  5, 3, 2, 0",
      "9,   4, 3, 2, 0",
      // 5 x 40/90 = 2.22, 1.67, 1.11: floors 2, 1, 1, the remaining user to the .67.
      "5,   2, 2, 1, 0",
      "3,   1, 1, 1, 0",
      "100, 45, 33, 22, 0",
      "200, 89, 67, 44, 0"})
  void usersAreSharedByWeightAndAddUpToTheRunsUsers(int users, int api, int calls, int websocket, int database) {
    List<ScenarioShare> shares = ScenarioSplit.of(SHIPPED, users, 50);

    assertThat(shares).extracting(ScenarioShare::users).containsExactly(api, calls, websocket, database);
    assertThat(shares.stream().mapToInt(ScenarioShare::users).sum()).as("users of all shares").isEqualTo(users);
  }

  @Test
  void theRateIsSharedExactlyByWeight() {
    List<ScenarioShare> shares = ScenarioSplit.of(SHIPPED, 10, 50);

    assertThat(shares.get(0).targetRps()).isCloseTo(50 * 40 / 90.0, within(1e-9));
    assertThat(shares.get(1).targetRps()).isCloseTo(50 * 30 / 90.0, within(1e-9));
    assertThat(shares.get(2).targetRps()).isCloseTo(50 * 20 / 90.0, within(1e-9));
    assertThat(shares.stream().mapToDouble(ScenarioShare::targetRps).sum()).isCloseTo(50, within(1e-9));
  }

  @Test
  void aDisabledScenarioGetsNothingAndTakesNoPart() {
    ScenarioShare database = ScenarioSplit.of(SHIPPED, 10, 50).get(3);

    assertThat(database).isEqualTo(new ScenarioShare("database", 0, 0));
    assertThat(database.takesPart()).isFalse();
    assertThat(database.describe()).isEqualTo("database off");
  }

  @Test
  void aSmallWeightStillGetsOneUserTakenFromTheLargestShare() {
    // 4 users x 10/100 = 0.4 rounds to 0 for the database: it gets one, api_load (2) gives it.
    List<ScenarioShare> shares = ScenarioSplit.of(ALL_ON, 4, 40);

    assertThat(shares).extracting(ScenarioShare::users).containsExactly(1, 1, 1, 1);
    assertThat(shares.get(3).targetRps()).as("its rate stays its weight's share").isCloseTo(4, within(1e-9));
  }

  @Test
  void withFewerUsersThanScenariosEachStillGetsOne() {
    List<ScenarioShare> shares = ScenarioSplit.of(ALL_ON, 2, 10);

    assertThat(shares).extracting(ScenarioShare::users).containsExactly(1, 1, 1, 1);
  }

  @Test
  void anEnabledScenarioOfWeightZeroTakesNoPart() {
    List<ScenarioShare> shares = ScenarioSplit.of(List.of(new Scenario("api_load", true, 1),
        new Scenario("websocket", true, 0)), 5, 10);

    assertThat(shares).containsExactly(new ScenarioShare("api_load", 5, 10), new ScenarioShare("websocket", 0, 0));
  }

  @Test
  void noScenarioTakingPartSharesNothing() {
    List<ScenarioShare> shares = ScenarioSplit.of(List.of(new Scenario("api_load", false, 40)), 5, 10);

    assertThat(shares).containsExactly(new ScenarioShare("api_load", 0, 0));
  }

  @Test
  void theShippedConfigsRunCarriesItsShares() {
    RunSettings run = RunSettings.resolve(ConfigLoader.load(ConfigFixture.SHIPPED, Map.of()),
        Map.of("profile", "light"), Map.of());

    assertThat(run.scenarioShares()).extracting(ScenarioShare::describe).containsExactly(
        "api_load 5 users 22.22 rps", "call_simulation 3 users 16.67 rps", "websocket 2 users 11.11 rps",
        "database off");
  }
}
