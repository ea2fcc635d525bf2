package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run ended from outside: JMeter killed with SIGKILL mid-run leaves a result file readable up to its
 * last complete line, and the launcher reports the run as incomplete and exits 1; SIGTERM to the
 * launcher stops JMeter gracefully, as Ctrl-C does, and the reports are written.
 */
@Tag("faults")
class LauncherKillIT {

  @TempDir
  Path folder;

  @Test
  void jmeterKilledMidRunIsReportedIncompleteAndItsResultFileReadsToItsLastCompleteLine() throws Exception {
    Path run = folder.resolve("results");
    LauncherProcess launcher = LauncherProcess.startQuickUnderLoad(folder, run);

    LauncherProcess.signal("KILL", launcher.jmeter());
    LauncherProcess.Result launch = launcher.await();

    assertThat(launch.exitStatus()).as("exit status; stdout: %s", launch.stdout()).isEqualTo(1);
    assertThat(launch.stdout())
        .contains("quick: INCOMPLETE - JMeter was killed by signal 9 (SIGKILL) before its verdict; results.jtl keeps its ")
        .contains("Overall Status: FAILED (0 of 1 scenarios passed)").doesNotContain("Exception");
    String results = Files.readString(run.resolve("results.jtl"), StandardCharsets.UTF_8);
    List<String> lines = results.lines().toList();
    int columns = csvFields(lines.get(0)).size();
    // Every line that ends with its newline is whole; only a last one cut by the kill may be short.
    int complete = results.endsWith("\n") ? lines.size() : lines.size() - 1;
    assertThat(lines.subList(1, complete)).as("complete sample lines").isNotEmpty()
        .allSatisfy(line -> assertThat(csvFields(line)).as(line).hasSize(columns));
  }

  @Test
  void sigtermToTheLauncherStopsTheRunGracefullyAndWritesTheReports() throws Exception {
    Path run = folder.resolve("results");
    LauncherProcess launcher = LauncherProcess.startQuickUnderLoad(folder, run);

    LauncherProcess.signal("TERM", launcher.handle());
    LauncherProcess.Result launch = launcher.await();

    assertThat(launch.exitStatus()).as("exit status (128 + SIGTERM); stdout: %s", launch.stdout()).isEqualTo(143);
    assertThat(launch.stdout()).contains("Command: Shutdown received").contains("Overall Status: INTERRUPTED")
        .contains("Reports saved to:");
    for (String file : List.of("summary.json", "summary.md", "summary.html", "junit.xml", "dashboard/index.html")) {
      assertThat(run.resolve(file)).as(file).isNotEmptyFile();
    }
  }

  /** The fields of one line of JMeter's CSV: comma-separated, a field in quotes when it holds one. */
  private static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("an unterminated quote in %s", line).isFalse();
    fields.add(field.toString());
    return fields;
  }
}
