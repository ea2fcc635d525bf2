package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryMarkdownWriterTest {

  // One writer for the tests of the built-in template: parsing it is the slow part.
  private static final SummaryMarkdownWriter BUILT_IN = new SummaryMarkdownWriter(null);

  @TempDir
  Path directory;

  @Test
  void putsTheVerdictFirst() throws IOException {
    List<String> failing = BUILT_IN.render(RunSummaries.failingRun()).lines().toList();
    List<String> passing = BUILT_IN.render(RunSummaries.passingRun()).lines().toList();

    assertThat(failing.get(0)).isEqualTo("## ❌ FAIL — 2 of 4 thresholds passed");
    assertThat(passing.get(0)).isEqualTo("## ✅ PASS — 2 of 2 thresholds passed");
  }

  @Test
  void showsTheAbortReasonUnderTheVerdict() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.abortedRun());

    assertThat(markdown).startsWith("## ❌ FAIL — 1 of 1 thresholds passed\n\n"
        + "> **Run aborted:** max_error_rate breached for 30 s on overall\n");
  }

  @Test
  void saysNoDataWhenTheRunMeasuredNothing() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.summary(new RunVerdict(Outcome.NO_DATA, List.of(), null)));

    assertThat(markdown).startsWith("## ❌ FAIL — 0 of 0 thresholds passed (no data)\n");
    assertThat(markdown).contains("_No thresholds configured._");
  }

  @Test
  void describesTheRunWithTheKeyAsMasked() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.failingRun());

    assertThat(markdown).contains("**Profile** smoke · **Users** 50 · **Target rate** 20 rps · **Duration** 300 s"
        + " · **Target** https://staging.builderengine.io · **Key** sk-l****");
  }

  @Test
  void printsNaForSettingsAPlanWithoutConfigElementLacks() throws IOException {
    RunSummary summary = RunSummaries.summary(RunSummaries.failingRun().verdict(), RunSummaries.noConfigElement());

    assertThat(BUILT_IN.render(summary)).contains("**Profile** n/a · **Users** n/a · **Target rate** n/a"
        + " · **Duration** n/a · **Target** n/a · **Key** n/a").doesNotContain("**Engines**");
  }

  @Test
  void namesTheEnginesOfADistributedRun() throws IOException {
    RunSummary summary = RunSummaries.summary(RunSummaries.failingRun().verdict(), RunSummaries.distributed());

    assertThat(BUILT_IN.render(summary))
        .contains("**Engines** (JMeter distributed mode; their samples are merged here): 10.0.0.5:1099, 10.0.0.6:1099");
  }

  @Test
  void tabulatesEveryThresholdWithItsOutcome() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.failingRun());

    assertThat(markdown).contains(
        "| overall | `max_error_rate` | 0.0312 | 0.05 | ✅ PASS | failed samples / all samples 0.0312 <= 0.05 |",
        "| POST /v1/calls | `max_p95_response_time_ms` | 812 | 500 | ❌ FAIL |",
        "| admin/* | `max_error_rate` | n/a | 0.01 | ⚠️ NO_DATA | No sample label matches 'admin/*'",
        "| GET /v1/agents\\|list | `min_requests_per_second` | 12.5 | 10 | ✅ PASS |");
  }

  @Test
  void tabulatesEveryEndpointWithSuccessfulLatencies() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.failingRun());

    assertThat(markdown).contains(
        "| POST /v1/calls | 3,000 | 94 | 3.13% | 10 | 402 | 380 | 812 | 1,204 | 2,310 |",
        "| GET /v1/agents\\|list | 3,750 | 0 | 0% | 12.5 | 8.2 | 7 | 14 | 22 | 41 |",
        "| **All** | 7,350 | 94 | 1.28% | 24.5 | 181 | 118 | 760 | 1,100 | 2,310 |");
  }

  @Test
  void listsHighlightsTopErrorsAndThePercentileMethod() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.failingRun());

    assertThat(markdown).containsSubsequence("### Findings",
        "- Capacity: 40 concurrent calls with p95 12 ms of '* - initiate'; broke at step 8 of 11"
            + " (45 concurrent calls): p95 512 ms > 300 ms", "### Highlights");
    assertThat(markdown).contains(
        "- 🔴 **CRITICAL** POST /v1/calls p95 is 812 ms, 62% over its 500 ms limit"
            + " — _Check the call-setup path's database pool_",
        "- **POST /v1/calls**: 80 × `503` Service Unavailable; 14 × `504` Gateway Timeout",
        "_Latency figures are of successful samples only. Percentiles: HdrHistogram nearest-rank,"
            + " 3 significant digits, within ±0.1%.");
    assertThat(markdown).doesNotContain("**GET /v1/agents");
  }

  @Test
  void tabulatesStepsApartFromTheEndpointsAndOnlyWhenThereAreAny() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.withStepsAndStreams());

    assertThat(markdown).containsSubsequence("### Endpoints", "| **All** | 7,350 |", "### Steps",
        "| Step | Samples | Errors | Error % | RPS | Mean ms | p50 ms | p95 ms | p99 ms | Max ms |",
        "| Call - end | 600 | 6 | 1% | 2 | 35 | 33 | 50 | 70 | 90 |",
        "| Call - initiate | 600 | 0 | 0% | 2 | 150 | 140 | 240 | 320 | 400 |",
        "| Call - media stream | 600 | 0 | 0% | 2 | 30,050 | 30,000 | 30,400 | 30,800 | 31,000 |");
    assertThat(BUILT_IN.render(RunSummaries.failingRun())).doesNotContain("### Steps", "### Media streams");
  }

  @Test
  void tabulatesTheMediaStreamsOfLabelsAndSteps() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.withStepsAndStreams());

    assertThat(markdown).containsSubsequence("### Steps", "### Media streams",
        "| Label | Streams | Frames sent | Frames received | Late frames | Send lag p99 ms: p50 / p99 / worst stream"
            + " | Max send lag ms | Jitter ms: mean / max | Ping RTT ms |",
        "| WS audio stream | 600 | 900,000 | 880,000 | 0.2% | 0.9 / 4.8 / 9.5 | 42 | 3.2 / 12 | 48 |",
        "| Call - media stream | 600 | 450,000 | 449,100 | 10% | 12 / 38 / 61 | 240 | 7.5 / 19 | n/a |",
        "### Highlights");
  }

  @Test
  void tabulatesTheDatabasePoolsAfterTheMediaStreamsOnlyWhenThereAreAny() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.withDatabasePools());

    assertThat(markdown).containsSubsequence("### Endpoints", "### Steps", "### Database pools",
        "| Pool | Samples | Connection wait ms: p50 / p95 / p99 / max | Active: max / mean | Idle: min / mean"
            + " | Waiting threads max | Pool size | Pool exhausted |",
        "| reporting | 1,200 | 0 / 1 / 2 / 3 | 3 / 1.5 | 1 / 2.5 | 0 | 4 | 0 |",
        "| builder_engine | 5,000 | 0 / 30 / 250 / 251 | 10 / 6.3 | 0 / 3.7 | 7 | 10 | 42 |",
        "### Highlights");
    assertThat(markdown).contains("| DB: simple_read | `max_connection_wait_p95_ms` | 30 | 100 | ✅ PASS |",
        "| POST /v1/calls | `max_connection_wait_p95_ms` | n/a | 100 | 🚫 NOT_APPLICABLE | 'POST /v1/calls' has no "
            + "database samples");
    assertThat(BUILT_IN.render(RunSummaries.withStepsAndStreams())).doesNotContain("### Database pools");
  }

  @Test
  void marksAThresholdThatCannotApplyAndListsStepErrors() throws IOException {
    String markdown = BUILT_IN.render(RunSummaries.withStepsAndStreams());

    assertThat(markdown).startsWith("## ❌ FAIL — 2 of 5 thresholds passed\n");
    assertThat(markdown).contains("| Call - end | `max_jitter_ms` | n/a | 3 | 🚫 NOT_APPLICABLE | 'Call - end' has no "
        + "media streams", "- **Call - end**: 6 × `404` Call not found");
  }

  @Test
  void rendersAUsersTemplateInstead() throws IOException {
    Path template = Files.writeString(directory.resolve("mine.md.vm"),
        "Custom: $verdict.outcome() with $fmt.percent($stats.overall().errorRate()) errors\n");

    assertThat(new SummaryMarkdownWriter(template).render(RunSummaries.failingRun()))
        .isEqualTo("Custom: FAIL with 1.28% errors\n");
  }

  @Test
  void failsOnAMisspeltReferenceNamingTheTemplate() throws IOException {
    Path template = Files.writeString(directory.resolve("typo.md.vm"), "Verdict: $verdict.outcom()\n");
    SummaryMarkdownWriter writer = new SummaryMarkdownWriter(template);

    assertThatThrownBy(() -> writer.render(RunSummaries.failingRun()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(template.toString())
        .hasMessageContaining("outcom")
        .hasMessageContaining("line 1");
  }

  @Test
  void failsOnATemplateThatDoesNotParseWhenBuilt() throws IOException {
    Path template = Files.writeString(directory.resolve("broken.md.vm"), "#if($verdict.passed()\nPASS\n");

    assertThatThrownBy(() -> new SummaryMarkdownWriter(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(template.toString())
        .hasMessageContaining("clear the override");
  }

  @Test
  void failsOnAMissingTemplateNamingIt() {
    Path template = directory.resolve("absent.md.vm");

    assertThatThrownBy(() -> new SummaryMarkdownWriter(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(template.toString());
  }

  @Test
  void writesTheFileWholeWithNoTemporaryLeft() throws IOException {
    Path output = directory.resolve("reports");

    Path file = BUILT_IN.write(RunSummaries.failingRun(), output);

    assertThat(file).isEqualTo(output.resolve(SummaryMarkdownWriter.FILE_NAME));
    assertThat(Files.readString(file)).isEqualTo(BUILT_IN.render(RunSummaries.failingRun()));
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files).containsExactly(file);
    }
  }

  /** The jar bundles a copy of report-templates/summary.md.vm; this keeps the two from drifting. */
  @Test
  void bundlesTheSameTemplateReportTemplatesShips() throws IOException {
    Path shipped = Paths.get("..", "report-templates", "summary.md.vm");
    try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(SummaryMarkdownWriter.BUILT_IN_TEMPLATE)) {
      assertThat(bundled).as("classpath resource %s", SummaryMarkdownWriter.BUILT_IN_TEMPLATE).isNotNull();
      assertThat(new String(bundled.readAllBytes(), StandardCharsets.UTF_8))
          .as("the bundled template must equal %s byte for byte: copy it over", shipped)
          .isEqualTo(Files.readString(shipped));
    }
  }
}
