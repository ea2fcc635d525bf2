package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A headless {@code jmeter -n} run whose config sends the verdict to a Slack webhook from
 * SLACK_WEBHOOK_URL, as in CI, at a receiver that fails or never answers: a warning in jmeter.log and
 * on the console, the run's own exit status, no hang, and the webhook's path in no file the run writes
 * nor on its console.
 */
@Tag("faults")
class SlackNotificationIT {

  @TempDir
  Path folder;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "SERVER_ERROR | HTTP 500: internal_error",
      "NEVER        | no answer within 10 s"})
  void aWebhookThatFailsIsAWarningAndTheRunEndsAsItsVerdictSays(SlackReceiver.Answer answer, String outcome)
      throws Exception {
    Path summaries = folder.resolve("summaries");
    HeadlessJMeter.Run run;
    long startedNanos = System.nanoTime();
    try (SlackReceiver slack = new SlackReceiver(answer, summaries);
        Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      Path config = RunFiles.configWithSlack(folder, "${SLACK_WEBHOOK_URL}",
          Map.of("notify_on_success: false", "notify_on_success: true"));
      run = HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"), Map.of("config", config.toString(),
          "base_url", simulator.baseUrl(), "duration", "3", "output_dir", summaries.toString()),
          Map.of("SLACK_WEBHOOK_URL", slack.url()), folder.resolve("run"));

      assertThat(slack.posts()).as("posts to the webhook").singleElement()
          .satisfies(post -> assertThat(post.summaryWritten()).as("summary files written first").isTrue());
      assertNowhereIn(folder, slack.secretPath());
    }
    double elapsedSeconds = (System.nanoTime() - startedNanos) / 1e9;

    String warning = "could not send the verdict to Slack (http://127.0.0.1): " + outcome + "; the verdict stands";
    assertThat(run.exitStatus()).as("exit status of a passing run; stdout: %s", run.stdoutText()).isZero();
    assertThat(run.stdoutText()).contains("Builder Engine verdict: PASS", "WARNING Builder Engine: " + warning,
        "... end of run");
    assertThat(Files.readString(run.log())).contains("WARN").contains(warning);
    assertThat(elapsedSeconds).as("seconds for a 3 s plan, its dashboard and a 10 s Slack timeout at most")
        .isLessThan(90);
  }

  /** Every file under {@code root}: the config, jmeter.log, the results, the dashboard, the summaries, the console. */
  private static void assertNowhereIn(Path root, String secret) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    assertThat(files).as("files the run wrote")
        .anyMatch(file -> file.getFileName().toString().equals("jmeter.log"))
        .anyMatch(file -> file.getFileName().toString().equals("stdout.txt"))
        .anyMatch(file -> file.getFileName().toString().equals("summary.json"))
        .anyMatch(file -> file.getFileName().toString().equals("summary.md"));
    for (Path file : files) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(content).as("%s must not contain the webhook's path", root.relativize(file)).doesNotContain(secret);
    }
  }
}
