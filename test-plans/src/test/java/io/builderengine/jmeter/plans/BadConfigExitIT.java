package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A headless run with a broken config stops before any load, says why in one line, and exits 1. */
@Tag("faults")
class BadConfigExitIT {

  @TempDir
  Path folder;

  @Test
  void unknownProfileExitsWithStatusOneAndNoSample() throws Exception {
    HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("api.jmx"),
        Map.of("config", ShippedFiles.configFile(), "profile", "smok",
            "base_url", "http://127.0.0.1:9"),
        Map.of(), folder);

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stderrText()).contains("Builder Engine Config: ").contains("unknown profile 'smok'")
        .contains("smoke");
    if (Files.exists(run.results())) {
      assertThat(Files.readAllLines(run.results())).as("samples recorded").hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void aDatabaseThatDoesNotExistExitsWithStatusOneNamingIt() throws Exception {
    HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("database.jmx"),
        Map.of("config", ShippedFiles.configFile(), "profile", "smoke",
            "db_url", "postgresql://postgres@127.0.0.1:5432/be_no_such_database", "db_connection_timeout_ms", "1000"),
        Map.of(), folder);

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stderrText()).contains("Builder Engine Database Pool: could not create and seed schema")
        .contains("SQL error 3D000: database \"be_no_such_database\" does not exist");
    if (Files.exists(run.results())) {
      assertThat(Files.readAllLines(run.results())).as("samples recorded").hasSizeLessThanOrEqualTo(1);
    }
  }
}
