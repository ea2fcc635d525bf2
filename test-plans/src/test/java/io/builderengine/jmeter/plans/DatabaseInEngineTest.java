package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * database.jmx on JMeter's real engine against the real PostgreSQL at 127.0.0.1:5432 (database test,
 * user postgres; ci/test starts it): the schema is created and seeded, the mix runs, writes roll back.
 * Without that server these tests fail; they are never skipped.
 */
class DatabaseInEngineTest {

  private static final String DATABASE = "postgresql://postgres@127.0.0.1:5432/test";
  private static final String SCHEMA = "be_jmeter_plan_test";

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  void runsTheWeightedMixOnTheSeededSchemaWithEveryOperationSucceeding() {
    List<SampleResult> samples = run(DATABASE, Map.of("db_scale", "1"));

    assertThat(samples).hasSizeGreaterThan(100).allSatisfy(s -> assertThat(s.isSuccessful())
        .as("%s: %s %s", s.getSampleLabel(), s.getResponseCode(), s.getResponseMessage()).isTrue());
    Map<String, Long> byLabel = samples.stream()
        .collect(Collectors.groupingBy(SampleResult::getSampleLabel, Collectors.counting()));
    assertThat(byLabel.keySet()).isEqualTo(Set.of("DB: simple_read", "DB: join", "DB: write", "DB: aggregate"));
    assertThat(samples).filteredOn(s -> s.getSampleLabel().equals("DB: write"))
        .allSatisfy(s -> assertThat(s.getResponseMessage()).isEqualTo("rolled back"));
    assertThat(samples).filteredOn(s -> s.getSampleLabel().equals("DB: join"))
        .allSatisfy(s -> assertThat(s.getResponseDataAsString()).as("agents of the seeded org").isEqualTo("10 rows"));
    assertThat(samples).allSatisfy(s -> assertThat(s.getResponseHeaders()).contains("pool_active: ", "pool_idle: "));
  }

  @Test
  void aDatabaseThatIsDownFailsEverySampleAsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    List<SampleResult> samples = run("postgresql://postgres@127.0.0.1:" + closedPort + "/test",
        Map.of("db_scale", "0", "db_connection_timeout_ms", "500"));

    assertThat(samples).isNotEmpty().allSatisfy(s -> {
      assertThat(s.isSuccessful()).isFalse();
      assertThat(s.getResponseCode()).isEqualTo("database_unreachable");
      assertThat(s.getResponseMessage()).isEqualTo("database unreachable: Connection refused to 127.0.0.1:" + closedPort);
    });
  }

  @Test
  void aPoolTooSmallFailsAsPoolExhaustedNotAsADatabaseDown() {
    List<SampleResult> samples = run(DATABASE, Map.of("db_scale", "0", "db_pool_size", "1",
        "db_connection_timeout_ms", "250", "db_weights", "simple_read=0, join=0, write=0, aggregate=0",
        "db_operations", "slow_read | 1 | SELECT pg_sleep(0.6)"));

    assertThat(samples).filteredOn(SampleResult::isSuccessful).as("the one connection's reads").isNotEmpty();
    assertThat(samples).filteredOn(s -> !s.isSuccessful()).as("threads that waited for it").isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.getResponseCode()).isEqualTo("pool_exhausted");
          assertThat(s.getResponseMessage()).matches("pool exhausted: waited \\d+ ms for a connection \\(pool size 1\\)");
          assertThat(s.getConnectTime()).as("the wait is the connect time").isGreaterThanOrEqualTo(240);
        });
  }

  private static List<SampleResult> run(String databaseUrl, Map<String, String> extra) {
    Map<String, String> properties = new HashMap<>(extra);
    properties.put("config", ShippedFiles.configFile());
    properties.put("db_url", databaseUrl);
    properties.put("db_schema", SCHEMA);
    properties.put("users", "4");
    properties.put("rps", "50");
    properties.put("duration", "4");
    properties.put("ramp_up", "0");
    properties.put("ramp_down", "0");
    return EmbeddedJMeter.run(ShippedFiles.plan("database.jmx"), properties);
  }
}
