package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.jmeter.samplers.DatabaseSampleResult;
import io.builderengine.jmeter.stats.PoolUsage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * database.jmx on JMeter's real engine against the real PostgreSQL at 127.0.0.1:5432 (database test,
 * user postgres; ci/test starts it): the schema is created and seeded, the mix runs, writes roll back,
 * and the summary's Database pools section holds the pool's real figures. Without that server these
 * tests fail; they are never skipped.
 */
class DatabaseInEngineTest {

  private static final String DATABASE = "postgresql://postgres@127.0.0.1:5432/test";
  private static final String SCHEMA = "be_jmeter_plan_test";
  /** database.jmx's pool. */
  private static final String POOL = "builder_engine";

  @TempDir
  Path summaries;

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
  void summarizesThePoolOfANormalRunWithinItsSize() throws IOException, ClassNotFoundException {
    List<SampleResult> samples = run(DATABASE, Map.of("db_scale", "1", "output_dir", summaries.toString()));

    assertThat(samples).isNotEmpty().allSatisfy(s -> assertThat(s).isInstanceOf(DatabaseSampleResult.class));
    DatabaseSampleResult first = (DatabaseSampleResult) samples.get(0);
    assertThat(first.getResponseHeaders()).isEqualTo("pool_active: " + first.activeConnections() + "\npool_idle: "
        + first.idleConnections() + "\npool_waiting: " + first.threadsAwaitingConnection() + "\npool_total: "
        + first.totalConnections());
    PoolUsage shipped = shippedToTheController(first);
    assertThat(shipped).as("the figures a distributed run's controller receives")
        .extracting(PoolUsage::poolName, PoolUsage::activeConnections, PoolUsage::idleConnections,
            PoolUsage::threadsAwaitingConnection, PoolUsage::totalConnections)
        .containsExactly(POOL, first.activeConnections(), first.idleConnections(), first.threadsAwaitingConnection(),
            first.totalConnections());
    JsonNode statistics = RunFiles.summary(summaries).get("statistics");
    assertThat(statistics.get("pools")).singleElement().satisfies(pool -> {
      assertThat(pool.get("pool").asText()).isEqualTo(POOL);
      assertThat(pool.get("samples").asLong()).as("every sample of the run").isEqualTo(samples.size());
      assertThat(pool.get("totalConnectionsMax").asLong()).as("the profile's 4 users size the pool").isEqualTo(4);
      assertThat(pool.get("activeConnectionsMax").asLong()).isBetween(0L, 4L);
      assertThat(pool.get("activeConnectionsMean").asDouble()).isBetween(0.0, 4.0);
      assertThat(pool.get("idleConnectionsMin").asLong()).isBetween(0L, 4L);
      assertThat(pool.get("poolExhausted").asLong()).isZero();
      assertThat(pool.at("/connectionWait/count").asLong()).isEqualTo(samples.size());
      assertThat(pool.at("/connectionWait/p99Ms").asDouble()).as("a connection always to spare")
          .isLessThan(1_000.0);
    });
    assertThat(statistics.get("labels")).allSatisfy(label -> assertThat(label.at("/pool/pool").asText())
        .as("%s's own pool figures", label.get("label").asText()).isEqualTo(POOL));
    Path reports = RunFiles.summaryFile(summaries).getParent();
    assertThat(Files.readString(reports.resolve("summary.md"))).contains("### Database pools", "| " + POOL + " | ");
    assertThat(Files.readString(reports.resolve("summary.html"))).contains("<section id=\"pools\">",
        "<tr><td>" + POOL + "</td>");
  }

  @Tag("faults")
  @Test
  void aDatabaseThatIsDownFailsEverySampleAsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    List<SampleResult> samples = run("postgresql://postgres@127.0.0.1:" + closedPort + "/test",
        Map.of("db_scale", "0", "db_connection_timeout_ms", "500", "output_dir", summaries.toString()));

    assertThat(samples).isNotEmpty().allSatisfy(s -> {
      assertThat(s.isSuccessful()).isFalse();
      assertThat(s.getResponseCode()).isEqualTo("database_unreachable");
      assertThat(s.getResponseMessage()).isEqualTo("database unreachable: Connection refused to 127.0.0.1:" + closedPort);
    });
    JsonNode pool = RunFiles.summary(summaries).at("/statistics/pools/0");
    assertThat(pool.get("totalConnectionsMax").asLong()).as("not one connection opened").isZero();
    assertThat(pool.get("poolExhausted").asLong()).as("told apart from a pool too small").isZero();
  }

  @Tag("faults")
  @Test
  void aPoolTooSmallFailsAsPoolExhaustedNotAsADatabaseDown() throws IOException {
    List<SampleResult> samples = run(DATABASE, Map.of("db_scale", "0", "db_pool_size", "1",
        "db_connection_timeout_ms", "250", "db_weights", "simple_read=0, join=0, write=0, aggregate=0",
        "db_operations", "slow_read | 1 | SELECT pg_sleep(0.6)", "output_dir", summaries.toString()));

    assertThat(samples).filteredOn(SampleResult::isSuccessful).as("the one connection's reads").isNotEmpty();
    assertThat(samples).filteredOn(s -> !s.isSuccessful()).as("threads that waited for it").isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.getResponseCode()).isEqualTo("pool_exhausted");
          assertThat(s.getResponseMessage()).matches("pool exhausted: waited \\d+ ms for a connection \\(pool size 1\\)");
          assertThat(s.getConnectTime()).as("the wait is the connect time").isGreaterThanOrEqualTo(240);
        });
    long exhausted = samples.stream().filter(s -> !s.isSuccessful()).count();
    JsonNode pool = RunFiles.summary(summaries).at("/statistics/pools/0");
    assertThat(pool.get("pool").asText()).isEqualTo(POOL);
    assertThat(pool.get("samples").asLong()).isEqualTo(samples.size());
    assertThat(pool.get("poolExhausted").asLong()).as("the failed samples").isEqualTo(exhausted).isPositive();
    assertThat(pool.get("totalConnectionsMax").asLong()).isEqualTo(1);
    assertThat(pool.get("activeConnectionsMax").asLong()).isEqualTo(1);
    assertThat(pool.get("idleConnectionsMin").asLong()).as("the pool ran dry").isZero();
    assertThat(pool.get("threadsAwaitingMax").asLong()).as("threads queued behind the one connection")
        .isGreaterThanOrEqualTo(1);
    assertThat(pool.at("/connectionWait/p99Ms").asDouble()).as("the 250 ms connection timeout, waited out")
        .isBetween(240.0, 1_000.0);
  }

  /** The result as a distributed run ships it from a jmeter-server to the controller: serialized. */
  private static PoolUsage shippedToTheController(DatabaseSampleResult result) throws IOException,
      ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(result);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (PoolUsage) in.readObject();
    }
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
