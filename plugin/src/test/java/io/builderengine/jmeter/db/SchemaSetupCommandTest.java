package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The set-up command against the local PostgreSQL: what it creates, what it refuses, what it says. */
class SchemaSetupCommandTest {

  private final String schema = "be_setup_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void createsAndSeedsTheSchemaAndARepeatChangesNothing() throws SQLException {
    String[] args = {"--url", TestDatabase.URL, "--schema", schema, "--scale", "2", "--org", "org_cli"};

    assertThat(run(args, Map.of())).as("exit status; stderr: %s", text(err)).isZero();
    assertThat(text(out)).contains("Schema '" + schema + "' at jdbc:postgresql://127.0.0.1:5432/test ready:"
        + " 100 agents and 20000 calls of organization 'org_cli' (scale 2)");
    assertThat(count("agents WHERE organization_id = 'org_cli'")).isEqualTo(100);
    assertThat(count("calls")).isEqualTo(20_000);
    assertThat(count("test_load")).isZero();

    assertThat(run(args, Map.of())).isZero();
    assertThat(count("agents")).isEqualTo(100);
    assertThat(count("calls")).isEqualTo(20_000);
  }

  @Test
  void takesTheUrlAndOrganizationFromTheEnvironment() throws SQLException {
    int status = run(new String[] {"--schema", schema, "--scale", "1"},
        Map.of("BE_DB_URL", TestDatabase.URL, "BE_ORG_ID", "org_env"));

    assertThat(status).as("stderr: %s", text(err)).isZero();
    assertThat(count("agents WHERE organization_id = 'org_env'")).isEqualTo(50);
  }

  @Test
  void scaleZeroCreatesTheTablesOnly() throws SQLException {
    assertThat(run(new String[] {"--url", TestDatabase.URL, "--schema", schema, "--scale", "0"}, Map.of())).isZero();

    assertThat(count("agents")).isZero();
    assertThat(text(out)).contains("ready: 0 agents and 0 calls");
  }

  @Test
  void badArgumentsExitTwoWithTheReasonAndTheUsage() {
    assertThat(run(new String[] {"--url", TestDatabase.URL, "--scale", "-1"}, Map.of())).isEqualTo(2);
    assertThat(text(err)).contains("Schema setup: --scale -1: must be a whole number >= 0").contains("Usage:");

    err.reset();
    assertThat(run(new String[] {"--scale", "1"}, Map.of())).isEqualTo(2);
    assertThat(text(err)).contains("Schema setup: no database URL: give --url or set BE_DB_URL");

    err.reset();
    assertThat(run(new String[] {"--url", TestDatabase.URL, "--scheme", "x"}, Map.of())).isEqualTo(2);
    assertThat(text(err)).contains("Schema setup: unknown option '--scheme'");

    err.reset();
    assertThat(run(new String[] {"--url", TestDatabase.URL, "--schema", "Bad-Name"}, Map.of())).isEqualTo(2);
    assertThat(text(err)).contains("Schema name 'Bad-Name' must be a lower-case SQL identifier");

    err.reset();
    assertThat(run(new String[] {"--url", "mysql://127.0.0.1/x"}, Map.of())).isEqualTo(2);
    assertThat(text(err)).contains("Not a PostgreSQL URL");
  }

  @Test
  void aDatabaseThatDoesNotExistExitsOneNamingItAndNeverThePassword() {
    int status = run(new String[] {"--url", "postgresql://postgres:url-secret-1@127.0.0.1:5432/be_no_such_database"},
        Map.of("BE_DB_PASSWORD", "env-secret-2"));

    assertThat(status).isEqualTo(1);
    assertThat(text(err)).isEqualTo("Schema setup: jdbc:postgresql://127.0.0.1:5432/be_no_such_database:"
        + " SQL error 3D000: database \"be_no_such_database\" does not exist" + System.lineSeparator());
    assertThat(text(out) + text(err)).doesNotContain("secret");
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run(new String[] {"--help"}, Map.of())).isZero();
    assertThat(text(out)).contains("--url URL").contains("--scale N");
  }

  private int run(String[] args, Map<String, String> environment) {
    return SchemaSetupCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private long count(String tableAndCondition) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + schema + "." + tableAndCondition)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    JdbcTarget server = JdbcUrls.toJdbc(TestDatabase.URL);
    return java.sql.DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
