package io.builderengine.jmeter.report;

import io.builderengine.jmeter.stats.LabelStats;
import io.builderengine.jmeter.thresholds.Outcome;
import io.builderengine.jmeter.thresholds.RunVerdict;
import io.builderengine.jmeter.thresholds.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes junit.xml, the thresholds as JUnit test results for GitLab's and Jenkins' test reports: one
 * testcase per {@link Verdict} (classname = scope, name = threshold key), failed unless it passed,
 * plus a testcase "run" that fails when the run was aborted or measured nothing at all.
 *
 * <p>Steps are judged like labels, so a step's verdict is a testcase like a label's, its classname the
 * step's label.
 *
 * <p>NO_DATA and NOT_APPLICABLE are {@code <failure>}s (of that type), not {@code <error>}s: like the
 * verdict, a check with no data or that cannot apply fails the build. Written with StAX so labels and
 * messages are escaped properly.
 *
 * <p>Thread-safe: stateless.
 */
public final class JUnitXmlWriter {

  public static final String FILE_NAME = "junit.xml";

  static final String SUITE_NAME = "Builder Engine SLO thresholds";
  static final String RUN_CASE_CLASS = "overall";
  static final String RUN_CASE_NAME = "run";

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  /** @return the file written, {@code <outputDirectory>/junit.xml} */
  public Path write(RunSummary summary, Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(FILE_NAME);
    AtomicFiles.write(file, toXml(summary));
    return file;
  }

  byte[] toXml(RunSummary summary) throws IOException {
    RunVerdict verdict = summary.verdict();
    String runFailure = runFailure(verdict);
    int tests = verdict.verdicts().size() + 1;
    long failures = verdict.failedCount() + (runFailure == null ? 0 : 1);
    String time = seconds(summary.statistics().overall());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      newline(xml, 0);
      xml.writeStartElement("testsuites");
      attributes(xml, tests, failures, time);
      newline(xml, 1);
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", SUITE_NAME);
      attributes(xml, tests, failures, time);
      xml.writeAttribute("skipped", "0");
      ReportFormat format = new ReportFormat();
      for (Verdict each : verdict.verdicts()) {
        testCase(xml, each.scope(), each.metric(),
            each.outcome().passed() ? null : failureMessage(each, format), each.outcome(), each.explanation());
      }
      testCase(xml, RUN_CASE_CLASS, RUN_CASE_NAME, runFailure, verdict.outcome(), runFailure);
      newline(xml, 1);
      xml.writeEndElement();
      newline(xml, 0);
      xml.writeEndElement();
      newline(xml, 0);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write " + FILE_NAME + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /** @return why the run as a whole failed beyond its thresholds, or null when it did not */
  private static String runFailure(RunVerdict verdict) {
    if (verdict.inconclusive()) {
      return "Inconclusive: the load generator was the bottleneck (" + String.join("; ",
          verdict.generator().saturation()) + "), so the failed thresholds may be the generator's"
          + (verdict.abortReason() == null ? "" : "; run aborted: " + verdict.abortReason());
    }
    if (verdict.abortReason() != null) {
      return "Run aborted: " + verdict.abortReason();
    }
    if (verdict.outcome() == Outcome.NO_DATA && verdict.verdicts().isEmpty()) {
      return "No sample was recorded: the run measured nothing";
    }
    return null;
  }

  private static String failureMessage(Verdict verdict, ReportFormat format) {
    if (verdict.outcome() == Outcome.NOT_APPLICABLE) {
      return "not applicable, limit " + format.number(verdict.limit());
    }
    if (Double.isNaN(verdict.actual())) {
      return "no data, limit " + format.number(verdict.limit());
    }
    // min_* limits are floors, every other limit a ceiling (see Metric). A FAIL within the limit
    // (too few samples to judge a latency) gets no comparison sign rather than a wrong one.
    boolean floor = verdict.metric().startsWith("min_");
    boolean breached = floor ? verdict.actual() < verdict.limit() : verdict.actual() > verdict.limit();
    String sign = breached ? (floor ? "<" : ">") : "vs";
    return "actual " + format.number(verdict.actual()) + " " + sign + " limit " + format.number(verdict.limit());
  }

  private static void testCase(XMLStreamWriter xml, String className, String name, String failureMessage,
      Outcome outcome, String detail) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", className);
    xml.writeAttribute("name", name);
    // Thresholds are judged once, at the end: no per-case duration exists.
    xml.writeAttribute("time", "0");
    if (failureMessage != null) {
      newline(xml, 3);
      xml.writeStartElement("failure");
      xml.writeAttribute("message", failureMessage);
      // The run's case can fail (aborted) with every threshold passed: that is a FAIL.
      xml.writeAttribute("type", outcome == Outcome.PASS ? Outcome.FAIL.name() : outcome.name());
      xml.writeCharacters(detail == null ? "" : detail);
      xml.writeEndElement();
      newline(xml, 2);
    }
    xml.writeEndElement();
  }

  private static void attributes(XMLStreamWriter xml, int tests, long failures, String time)
      throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", time);
  }

  /** The run's active window, first sample start to last sample end. */
  private static String seconds(LabelStats overall) {
    long millis = Math.max(0, overall.lastEndMillis() - overall.firstStartMillis());
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  // StAX does not indent; a readable file helps whoever opens it in a CI artifact.
  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
