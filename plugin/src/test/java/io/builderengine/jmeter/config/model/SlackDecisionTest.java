package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a finished run is told to Slack: notifications.slack's three switches and the verdict. */
class SlackDecisionTest {

  @ParameterizedTest(name = "enabled={0} on_failure={1} on_success={2} passed={3}: {4}")
  @CsvSource({
      // The shipped defaults once enabled: failures only.
      "true,  true,  false, false, true",
      "true,  true,  false, true,  false",
      "true,  false, true,  true,  true",
      "true,  false, true,  false, false",
      "true,  true,  true,  true,  true",
      "true,  true,  true,  false, true",
      "true,  false, false, false, false",
      "true,  false, false, true,  false",
      // Disabled: never, whatever else it says.
      "false, true,  true,  false, false",
      "false, true,  true,  true,  false"})
  void notifiesWhenEnabledAndAskedForThatOutcome(boolean enabled, boolean onFailure, boolean onSuccess,
      boolean runPassed, boolean notified) {
    Notifications.Slack slack = new Notifications.Slack(enabled, Secret.of("https://hooks.slack.com/services/T/B/x"),
        onFailure, onSuccess);

    assertThat(slack.notifies(runPassed)).isEqualTo(notified);
  }
}
