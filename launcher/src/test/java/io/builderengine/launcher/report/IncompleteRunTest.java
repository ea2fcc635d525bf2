package io.builderengine.launcher.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JMeter that ended without a summary: killed by a signal it is INCOMPLETE, naming the signal and
 * the complete lines its result file keeps; any other status is an ERROR.
 */
@Tag("faults")
class IncompleteRunTest {

  private static final String HEADER = "timeStamp,elapsed,label,responseCode,success\n";
  private static final String SAMPLE = "1795688411583,3,GET /api/v1/agents,200,true\n";

  @TempDir
  Path folder;

  @ParameterizedTest(name = "status {0}, {1} samples, cut last line {2}")
  @CsvSource(delimiter = '|', value = {
      "137 | 3 | true  | INCOMPLETE | JMeter was killed by signal 9 (SIGKILL) before its verdict; results.jtl keeps its 3 complete sample lines recorded until then (a last partial line at most is lost)",
      "137 | 0 | false | INCOMPLETE | JMeter was killed by signal 9 (SIGKILL) before its verdict; results.jtl keeps its 0 complete sample lines recorded until then (a last partial line at most is lost)",
      "143 | 2 | false | INCOMPLETE | JMeter was killed by signal 15 (SIGTERM) before its verdict; results.jtl keeps its 2 complete sample lines recorded until then (a last partial line at most is lost)",
      "158 | 1 | false | INCOMPLETE | JMeter was killed by signal 30 before its verdict; results.jtl keeps its 1 complete sample lines recorded until then (a last partial line at most is lost)",
      "1   | 2 | false | ERROR      | JMeter exited with status 1 and wrote no summary",
  })
  void aRunWithoutSummaryIsIncompleteWhenKilled(int status, int samples, boolean cutLastLine, Outcome outcome,
      String detail) throws Exception {
    Files.writeString(folder.resolve("results.jtl"), HEADER + SAMPLE.repeat(samples)
        + (cutLastLine ? SAMPLE.substring(0, 20) : ""));

    ScenarioResult result = SummaryReader.read("quick", folder, status);

    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.jmeterExitStatus()).isEqualTo(status);
    assertThat(result.detail()).startsWith(detail);
    assertThat(VerdictLines.of(result)).startsWith("quick: " + outcome + " - " + detail);
  }

  @Test
  void aKillBeforeTheFirstWriteKeepsNoLine() {
    ScenarioResult result = SummaryReader.read("quick", folder, 137);

    assertThat(result.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(result.detail()).contains("results.jtl keeps its 0 complete sample lines");
  }
}
