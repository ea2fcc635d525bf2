package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quick.jmx on JMeter's real engine with a config that tells a local Slack receiver the verdict: the
 * message comes once, after the summary files; a receiver that fails is a warning on the console and
 * the verdict stands. (SlackNotificationIT checks jmeter.log and a receiver that never answers.)
 */
class SlackNotificationInEngineTest {

  private static Simulator simulator;

  @TempDir
  Path folder;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @Test
  void aPassingRunIsToldOnceAfterItsSummaryIsWritten() throws Exception {
    Path summaries = folder.resolve("summaries");
    try (SlackReceiver slack = new SlackReceiver(SlackReceiver.Answer.OK, summaries)) {
      Path config = RunFiles.configWithSlack(folder, slack.url(),
          Map.of("notify_on_success: false", "notify_on_success: true"));

      StringBuilder console = new StringBuilder();
      List<SampleResult> samples = runCapturingConsole(config, summaries, console);

      assertThat(slack.posts()).as("posts to the webhook").singleElement().satisfies(post -> {
        assertThat(post.contentType()).isEqualTo("application/json");
        assertThat(post.summaryWritten()).as("summary files written when the post came").isTrue();
        assertThat(post.receivedMillis()).as("after the last sample")
            .isGreaterThanOrEqualTo(samples.stream().mapToLong(SampleResult::getEndTime).max().orElseThrow());
        assertThat(post.text())
            .startsWith(":white_check_mark: *PASS*: Builder Engine load test `quick.jmx`, profile quick\n")
            .contains(" samples · errors 0% · p95 ", " requests/s\n")
            .endsWith("Summary: " + RunFiles.summaryFile(summaries));
      });
      assertThat(console)
          .contains("Builder Engine verdict: PASS", "Builder Engine: verdict sent to Slack (http://127.0.0.1)")
          .doesNotContain(slack.secretPath());
    }
  }

  @Test
  void aFailingReceiverIsAWarningAndTheVerdictStands() throws Exception {
    Path summaries = folder.resolve("summaries");
    try (SlackReceiver slack = new SlackReceiver(SlackReceiver.Answer.SERVER_ERROR, summaries)) {
      // A p95 limit no request meets: the run fails, and notify_on_failure (true as shipped) tells Slack.
      Path config = RunFiles.configWithSlack(folder, slack.url(),
          Map.of("max_p95_response_time_ms: 1000", "max_p95_response_time_ms: 0.001"));

      StringBuilder console = new StringBuilder();
      runCapturingConsole(config, summaries, console);

      assertThat(slack.posts()).singleElement()
          .satisfies(post -> assertThat(post.text()).startsWith(":x: *FAIL*")
              .contains("`max_p95_response_time_ms` FAIL"));
      assertThat(RunFiles.summary(summaries).at("/verdict/outcome").asText()).isEqualTo("FAIL");
      assertThat(console).contains("Builder Engine verdict: FAIL", "WARNING Builder Engine: could not send the"
              + " verdict to Slack (http://127.0.0.1): HTTP 500: internal_error; the verdict stands")
          .doesNotContain(slack.secretPath());
    }
  }

  /** Runs quick.jmx for 3 s with what it prints on the console copied into {@code console}. */
  private static List<SampleResult> runCapturingConsole(Path config, Path summaries, StringBuilder console) {
    PrintStream original = System.out;
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new TeeStream(original, copy), true, StandardCharsets.UTF_8));
    try {
      return EmbeddedJMeter.run(ShippedFiles.plan("quick.jmx"), RunFiles.withoutGeneratorCheck(Map.of(
          "config", config.toString(), "base_url", simulator.baseUrl(), "duration", "3",
          "output_dir", summaries.toString())));
    } finally {
      System.setOut(original);
      console.append(copy.toString(StandardCharsets.UTF_8));
    }
  }

  /** Writes to the console as before, and to a copy. */
  private static final class TeeStream extends OutputStream {

    private final OutputStream console;
    private final OutputStream copy;

    TeeStream(OutputStream console, OutputStream copy) {
      this.console = console;
      this.copy = copy;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      console.write(b);
      copy.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
      console.write(bytes, offset, length);
      copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      console.flush();
    }
  }
}
