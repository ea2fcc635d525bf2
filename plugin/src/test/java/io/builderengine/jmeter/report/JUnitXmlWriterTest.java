package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads junit.xml back with surefire-report-parser, the parser Maven's own test reports use. It
 * regroups test cases by classname (our scope), as it does for Java classes, so the tests look cases
 * up by scope and threshold rather than by position.
 */
class JUnitXmlWriterTest {

  private final JUnitXmlWriter writer = new JUnitXmlWriter();

  @TempDir
  Path directory;

  @Test
  void reportsOneTestCasePerThresholdPlusTheRun() throws Exception {
    Path file = writer.write(RunSummaries.failingRun(), directory);

    assertThat(Files.readString(file)).contains("<testsuites tests=\"5\" failures=\"2\" errors=\"0\" time=\"300.000\">",
        "<testsuite name=\"Builder Engine SLO thresholds\" tests=\"5\" failures=\"2\" errors=\"0\" time=\"300.000\"");
    assertThat(parse(file))
        .extracting(ReportTestCase::getFullClassName, ReportTestCase::getName, ReportTestCase::hasFailure)
        .containsExactlyInAnyOrder(
            tuple("overall", "max_error_rate", false),
            tuple(RunSummaries.CALLS, "max_p95_response_time_ms", true),
            tuple("admin/*", "max_error_rate", true),
            tuple(RunSummaries.AGENTS, "min_requests_per_second", false),
            tuple("overall", "run", false));
  }

  @Test
  void failsABreachWithActualLimitAndExplanation() throws Exception {
    ReportTestCase p95 = testCase(RunSummaries.failingRun(), RunSummaries.CALLS, "max_p95_response_time_ms");

    assertThat(p95.getFailureType()).isEqualTo("FAIL");
    assertThat(p95.getFailureMessage()).isEqualTo("actual 812 > limit 500");
    assertThat(p95.getFailureDetail()).isEqualTo(RunSummaries.CALLS_P95.explanation());
  }

  @Test
  void failsAThresholdWithoutDataAsNoData() throws Exception {
    ReportTestCase admin = testCase(RunSummaries.failingRun(), "admin/*", "max_error_rate");

    assertThat(admin.getFailureType()).isEqualTo("NO_DATA");
    assertThat(admin.getFailureMessage()).isEqualTo("no data, limit 0.01");
  }

  @Test
  void signsAFloorBreachTheOtherWayAndATooFewSamplesFailNeither() throws Exception {
    Verdict slow = new Verdict("overall", "overall", "min_requests_per_second", 8.5, 10, Outcome.FAIL, "too slow");
    Verdict fewSamples = new Verdict("overall", "overall", "max_p95_response_time_ms", 120, 500, Outcome.FAIL,
        "only 3 successful sample(s)");
    RunSummary summary = RunSummaries.summary(new RunVerdict(Outcome.FAIL, List.of(slow, fewSamples), null));

    assertThat(testCase(summary, "overall", "min_requests_per_second").getFailureMessage())
        .isEqualTo("actual 8.5 < limit 10");
    assertThat(testCase(summary, "overall", "max_p95_response_time_ms").getFailureMessage())
        .isEqualTo("actual 120 vs limit 500");
  }

  @Test
  void reportsAStepsThresholdsLikeALabelsAndOneThatCannotApplyAsNotApplicable() throws Exception {
    List<ReportTestCase> cases = parse(writer.write(RunSummaries.withStepsAndStreams(), directory));
    ReportTestCase notApplicable = testCase(RunSummaries.withStepsAndStreams(), RunSummaries.CALL_END, "max_jitter_ms");

    assertThat(cases).extracting(ReportTestCase::getFullClassName, ReportTestCase::getName, ReportTestCase::hasFailure)
        .contains(tuple(RunSummaries.CALL_INITIATE, "max_p95_response_time_ms", false),
            tuple(RunSummaries.CALL_MEDIA, "max_jitter_ms", true), tuple(RunSummaries.CALL_END, "max_jitter_ms", true));
    assertThat(notApplicable.getFailureType()).isEqualTo("NOT_APPLICABLE");
    assertThat(notApplicable.getFailureMessage()).isEqualTo("not applicable, limit 3");
    assertThat(notApplicable.getFailureDetail()).isEqualTo(RunSummaries.END_JITTER.explanation());
  }

  @Test
  void failsTheRunCaseWhenTheRunWasAborted() throws Exception {
    List<ReportTestCase> cases = parse(writer.write(RunSummaries.abortedRun(), directory));

    assertThat(cases).filteredOn(ReportTestCase::hasFailure).as("the run case only; its one threshold passed")
        .singleElement()
        .satisfies(run -> assertThat(run.getName()).isEqualTo("run"))
        .satisfies(run -> assertThat(run.getFailureMessage())
            .isEqualTo("Run aborted: max_error_rate breached for 30 s on overall"));
  }

  @Test
  void failsTheRunCaseWhenNothingWasMeasured() throws Exception {
    RunSummary summary = RunSummaries.summary(new RunVerdict(Outcome.NO_DATA, List.of(), null));

    assertThat(parse(writer.write(summary, directory))).singleElement()
        .satisfies(run -> assertThat(run.getName()).isEqualTo("run"))
        .satisfies(run -> assertThat(run.getFailureType()).isEqualTo("NO_DATA"));
  }

  @Test
  void escapesMarkupInLabelsAndMessages() throws Exception {
    String label = "GET /search?q=<a&b> \"quoted\" ✓";
    Verdict verdict = new Verdict(label, "GET *", "max_error_rate", 0.5, 0.1, Outcome.FAIL, "errors <&> rose");

    ReportTestCase parsed = testCase(RunSummaries.summary(new RunVerdict(Outcome.FAIL, List.of(verdict), null)),
        label, "max_error_rate");

    assertThat(parsed.getFailureDetail()).isEqualTo("errors <&> rose");
  }

  @Test
  void writesUtf8WithADeclarationAndNoTemporaryLeft() throws Exception {
    Path file = writer.write(RunSummaries.failingRun(), directory);

    assertThat(file).isEqualTo(directory.resolve(JUnitXmlWriter.FILE_NAME));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  private ReportTestCase testCase(RunSummary summary, String scope, String threshold) throws Exception {
    return parse(writer.write(summary, directory)).stream()
        .filter(each -> each.getFullClassName().equals(scope) && each.getName().equals(threshold))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no test case " + scope + " / " + threshold));
  }

  private static List<ReportTestCase> parse(Path file) throws Exception {
    TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
    List<ReportTestSuite> suites = parser.parse(file.toString());
    assertThat(parser.isValid()).as("surefire-report-parser accepts %s", file).isTrue();
    return suites.stream().flatMap(suite -> suite.getTestCases().stream()).toList();
  }
}
