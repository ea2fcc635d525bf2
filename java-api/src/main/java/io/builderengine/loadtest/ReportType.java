package io.builderengine.loadtest;

import io.builderengine.jmeter.report.JUnitXmlWriter;
import io.builderengine.jmeter.report.RunSummary;
import io.builderengine.jmeter.report.SummaryHtmlWriter;
import io.builderengine.jmeter.report.SummaryJsonWriter;
import io.builderengine.jmeter.report.SummaryMarkdownWriter;
import java.io.IOException;
import java.nio.file.Path;

/** The formats a {@link LoadTestReport} saves, each written by the same writer the SLO listener uses. */
public enum ReportType {

  /** summary.md: the verdict, the thresholds and the figures, for a pull request or a CI job summary. */
  MARKDOWN {
    @Override
    Path write(RunSummary summary, Path folder) throws IOException {
      return new SummaryMarkdownWriter(null).write(summary, folder);
    }
  },
  /** summary.json: every figure, for tools. */
  JSON {
    @Override
    Path write(RunSummary summary, Path folder) throws IOException {
      return new SummaryJsonWriter().write(summary, folder);
    }
  },
  /** summary.html: one page with charts. */
  HTML {
    @Override
    Path write(RunSummary summary, Path folder) throws IOException {
      return new SummaryHtmlWriter(null).write(summary, folder, null);
    }
  },
  /** junit.xml: one test case per threshold, for CI test reports. */
  JUNIT_XML {
    @Override
    Path write(RunSummary summary, Path folder) throws IOException {
      return new JUnitXmlWriter().write(summary, folder);
    }
  };

  /** @return the file written into {@code folder} */
  abstract Path write(RunSummary summary, Path folder) throws IOException;
}
