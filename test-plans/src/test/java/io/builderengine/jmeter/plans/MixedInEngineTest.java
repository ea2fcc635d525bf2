package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mixed.jmx on JMeter's real engine against the simulator and the real PostgreSQL at 127.0.0.1:5432
 * (database test, user postgres; ci/test starts it): each scenario runs its share of the users and
 * of the rate, its samples carry its name, the database scenario runs only when the file enables it,
 * and the summary tells the scenarios apart. Without that server these tests fail; they are never
 * skipped.
 */
class MixedInEngineTest {

  private static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String SCHEMA = "be_jmeter_mixed_test";
  private static final int DURATION_SECONDS = 8;

  private static Simulator simulator;

  @TempDir
  Path folder;

  @BeforeAll
  static void startSimulator() {
    // Only this key is accepted: every scenario's requests, calls and streams must carry it.
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of("sk_test_simulator")));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(JDBC_URL, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  void theShippedWeightsShareTheLoadAndLeaveTheDatabaseAlone() throws Exception {
    // api_load 40, call_simulation 30, websocket 20 of 90; database disabled: 9 users and 9/s
    // split 4, 3, 2.
    List<SampleResult> samples = run(Path.of(ShippedFiles.configFile()), 9, 9);

    assertEveryScenarioRanItsShare(samples, Map.of("api_load", 4, "call_simulation", 3, "websocket", 2));
    assertThat(samples).noneMatch(s -> s.getSampleLabel().startsWith("database"));
    assertThat(schemaExists()).as("schema %s: the inactive pool never connected", SCHEMA).isFalse();
    assertSummaryTellsTheScenariosApart(Set.of("api_load", "call_simulation", "websocket"));
  }

  @Test
  void anEnabledDatabaseScenarioRunsItsShareOnTheRealDatabase() throws Exception {
    Path config = RunFiles.editedConfig(folder, Map.of(
        "  - name: database\n    enabled: false", "  - name: database\n    enabled: true"));
    // 40, 30, 20, 10 of 100: 10 users and 10/s split 4, 3, 2, 1.
    List<SampleResult> samples = run(config, 10, 10);

    assertEveryScenarioRanItsShare(samples,
        Map.of("api_load", 4, "call_simulation", 3, "websocket", 2, "database", 1));
    assertThat(samples).filteredOn(s -> s.getSampleLabel().startsWith("database: "))
        .extracting(SampleResult::getSampleLabel)
        .allMatch(label -> label.matches("database: DB: (simple_read|join|write|aggregate)"));
    assertThat(schemaExists()).as("schema %s, created and seeded at start", SCHEMA).isTrue();
    assertSummaryTellsTheScenariosApart(Set.of("api_load", "call_simulation", "websocket", "database"));
  }

  private List<SampleResult> run(Path config, int users, int rps) {
    Map<String, String> properties = new HashMap<>();
    properties.put("config", config.toString());
    properties.put("base_url", simulator.baseUrl());
    properties.put("users", Integer.toString(users));
    properties.put("rps", Integer.toString(rps));
    properties.put("duration", Integer.toString(DURATION_SECONDS));
    properties.put("ramp_up", "0");
    properties.put("ramp_down", "0");
    // Short calls and streams, so each group is held by its rate, not by its threads.
    properties.put("talk_seconds", "0.5");
    properties.put("stream_seconds", "0.5");
    properties.put("db_url", "postgresql://postgres@127.0.0.1:5432/test");
    properties.put("db_schema", SCHEMA);
    properties.put("output_dir", folder.resolve("summaries").toString());
    return EmbeddedJMeter.run(ShippedFiles.plan("mixed.jmx"), properties).stream()
        .filter(s -> !s.getSampleLabel().startsWith("setup:"))
        .collect(Collectors.toList());
  }

  /**
   * Users: the threads each scenario's samples came from. Rate: its samples over the run; these runs ask
   * 1/s per user, so a scenario's share of the rate equals its share of the users.
   */
  private static void assertEveryScenarioRanItsShare(List<SampleResult> samples, Map<String, Integer> usersByScenario) {
    assertThat(samples).allSatisfy(s -> assertThat(s.isSuccessful())
        .as("%s: %s %s", s.getSampleLabel(), s.getResponseCode(), s.getResponseMessage()).isTrue());
    Map<String, List<SampleResult>> byScenario = samples.stream()
        .collect(Collectors.groupingBy(s -> s.getSampleLabel().substring(0, s.getSampleLabel().indexOf(": "))));
    assertThat(byScenario.keySet()).as("scenarios that produced samples").isEqualTo(usersByScenario.keySet());
    usersByScenario.forEach((scenario, users) -> {
      List<SampleResult> own = byScenario.get(scenario);
      assertThat(own.stream().map(SampleResult::getThreadName).collect(Collectors.toSet()))
          .as("threads of %s", scenario).hasSize(users)
          .allMatch(thread -> thread.startsWith(scenario + " "));
      double expected = users * DURATION_SECONDS;
      assertThat(own).as("samples of %s at %d/s for %d s, expected %.0f -10%%/+5%%", scenario, users,
          DURATION_SECONDS, expected)
          .hasSizeBetween((int) Math.floor(expected * 0.9), (int) Math.ceil(expected * 1.05));
    });
  }

  private void assertSummaryTellsTheScenariosApart(Set<String> scenarios) throws IOException {
    JsonNode summary = RunFiles.summary(folder.resolve("summaries"));
    assertThat(summary.at("/verdict/outcome").asText()).as("verdict").isEqualTo("PASS");
    Set<String> labelled = StreamSupport.stream(summary.at("/statistics/labels").spliterator(), false)
        .map(label -> label.path("label").asText())
        .filter(label -> !label.startsWith("setup:"))
        .map(label -> label.substring(0, label.indexOf(": ")))
        .collect(Collectors.toSet());
    assertThat(labelled).as("scenarios of the summary's labels").isEqualTo(scenarios);
  }

  private static boolean schemaExists() throws SQLException {
    try (Connection connection = DriverManager.getConnection(JDBC_URL, "postgres", "");
        PreparedStatement query = connection.prepareStatement(
            "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
      query.setString(1, SCHEMA);
      try (ResultSet found = query.executeQuery()) {
        return found.next();
      }
    }
  }
}
