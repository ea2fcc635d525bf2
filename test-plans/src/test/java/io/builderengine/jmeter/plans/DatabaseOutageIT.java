package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Restarts the real PostgreSQL while database.jmx runs on JMeter's real engine: samples fail only while
 * it is down (plus the pool's connection wait), succeed again within 5 s of its return, and the run ends
 * on time with no thread stuck. An IT so that it runs after every other test that uses the database.
 */
@Tag("faults")
class DatabaseOutageIT {

  private static final long CONNECTION_WAIT_MILLIS = 1_000;

  @Test
  void errorsOnlyDuringTheOutageAndRecoveryWithinFiveSeconds() throws Exception {
    Map<String, String> properties = new HashMap<>();
    properties.put("config", ShippedFiles.configFile());
    properties.put("db_url", "postgresql://postgres@127.0.0.1:5432/test");
    properties.put("db_schema", "be_jmeter_outage_test");
    properties.put("db_scale", "1");
    properties.put("db_connection_timeout_ms", Long.toString(CONNECTION_WAIT_MILLIS));
    properties.put("db_socket_timeout_s", "5");
    properties.put("users", "4");
    properties.put("rps", "40");
    properties.put("duration", "30");
    properties.put("ramp_up", "0");
    properties.put("ramp_down", "0");

    long[] outage = new long[2];
    Thread restarter = new Thread(() -> {
      try {
        Thread.sleep(8_000);
        outage[0] = System.currentTimeMillis();
        postgres("stop");
        Thread.sleep(10_000);
        postgres("start");
        outage[1] = System.currentTimeMillis();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    restarter.start();
    long started = System.currentTimeMillis();
    List<SampleResult> samples;
    try {
      samples = EmbeddedJMeter.run(ShippedFiles.plan("database.jmx"), properties);
    } finally {
      restarter.join();
      postgres("start"); // whatever happened, leave the database up for the tests after this one
    }
    long elapsedMillis = System.currentTimeMillis() - started;

    assertThat(elapsedMillis).as("a 30 s run with no thread stuck").isLessThan(45_000);
    assertThat(samples).filteredOn(s -> !s.isSuccessful()).as("failures")
        .isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.getEndTime()).as("failed during the outage plus the connection wait: %s", s.getResponseMessage())
              .isBetween(outage[0], outage[1] + CONNECTION_WAIT_MILLIS + 5_000);
          assertThat(s.getResponseCode()).isIn("database_unreachable", "57P01", "08006", "08003", "database_error",
              "pool_exhausted");
        });
    long firstSuccessAfter = samples.stream().filter(SampleResult::isSuccessful)
        .mapToLong(SampleResult::getStartTime).filter(t -> t >= outage[1]).min().orElseThrow();
    assertThat(firstSuccessAfter - outage[1]).as("success after the database returned, ms").isLessThan(5_000);
    assertThat(samples).filteredOn(s -> s.getStartTime() > outage[1] + 5_000)
        .as("samples 5 s after recovery").isNotEmpty().allSatisfy(s -> assertThat(s.isSuccessful()).isTrue());
  }

  /** Stops or starts the local cluster as .ci/run starts it. */
  private static void postgres(String action) throws IOException, InterruptedException {
    String version;
    try (var versions = Files.list(Path.of("/etc/postgresql"))) {
      version = versions.findFirst().orElseThrow().getFileName().toString();
    }
    List<String> command = action.equals("stop")
        ? List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "stop", "-m", "fast")
        : List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    if (action.equals("stop")) {
      assertThat(process.exitValue()).as("pg_ctlcluster stop: %s", output).isZero();
    }
  }
}
