package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creates, seeds and loads a throw-away schema in the local PostgreSQL. */
class BuilderEngineSchemaTest {

  private static final String ORG = "org-42";

  private TestDatabase database;

  @BeforeEach
  void createSchema() throws SQLException {
    database = new TestDatabase();
  }

  @AfterEach
  void dropSchema() throws SQLException {
    database.close();
  }

  @Test
  void creatingTwiceChangesNothing() throws SQLException {
    try (Connection connection = database.connect()) {
      BuilderEngineSchema.create(connection, database.schema);
      BuilderEngineSchema.create(connection, database.schema);

      assertThat(count(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = '"
          + database.schema + "'")).isEqualTo(3);
      assertThat(count(connection, "SELECT count(*) FROM pg_indexes WHERE schemaname = '"
          + database.schema + "' AND indexname LIKE '%_idx'")).isEqualTo(3);
    }
  }

  @Test
  void rejectsASchemaNameThatIsNotAnIdentifier() {
    assertThatThrownBy(() -> BuilderEngineSchema.create(null, "x; DROP TABLE y"))
        .hasMessageContaining("'x; DROP TABLE y'").hasMessageContaining("identifier");
  }

  @Test
  void seedsFiftyAgentsAndTenThousandCallsPerScaleWithoutDuplicates() throws SQLException {
    try (Connection connection = database.connect()) {
      BuilderEngineSchema.seed(connection, 1, ORG);
      BuilderEngineSchema.seed(connection, 1, ORG);
      assertThat(count(connection, "SELECT count(*) FROM agents")).isEqualTo(50);
      assertThat(count(connection, "SELECT count(*) FROM calls")).isEqualTo(10_000);

      BuilderEngineSchema.seed(connection, 2, ORG);
      assertThat(count(connection, "SELECT count(*) FROM agents")).isEqualTo(100);
      assertThat(count(connection, "SELECT count(*) FROM calls")).isEqualTo(20_000);

      assertThat(count(connection, "SELECT count(DISTINCT status) FROM calls")).isEqualTo(4);
      assertThat(count(connection, "SELECT count(*) FROM calls WHERE created_at < now() - interval '29 days'"))
          .as("calls reach back over the last 30 days").isPositive();
      assertThat(count(connection, "SELECT count(*) FROM calls WHERE created_at < now() - interval '30 days'"))
          .isZero();
    }
  }

  @Test
  void theFourDefaultOperationsSucceedOnTheSeededSchema() throws SQLException {
    try (Connection seeding = database.connect()) {
      BuilderEngineSchema.seed(seeding, 1, ORG);
    }
    try (HikariDataSource pool = DatabasePools.open(PoolSettings.of(database.target, 2, "defaults"));
        Connection connection = pool.getConnection()) {
      for (Operation operation : OperationMix.DEFAULTS) {
        OperationResult result = OperationRunner.run(connection, operation, ORG, false);

        assertThat(result.successful()).as("%s: %s", operation.name(), result.message()).isTrue();
        assertThat(result.code()).isEqualTo(OperationRunner.OK);
      }
      assertThat(OperationRunner.run(connection, OperationMix.DEFAULTS.get(1), ORG, false).rows())
          .as("join rows for the seeded organization").isEqualTo(10);
      assertThat(OperationRunner.run(connection, OperationMix.DEFAULTS.get(1), "other-org", false).rows())
          .isZero();
      assertThat(OperationRunner.run(connection, OperationMix.DEFAULTS.get(3), ORG, false).rows())
          .isEqualTo(1);
    }
  }

  @Test
  void aRolledBackWriteSucceedsAndLeavesNoRow() throws SQLException {
    Operation write = OperationMix.DEFAULTS.get(2);
    try (Connection connection = database.connect()) {
      OperationResult rolledBack = OperationRunner.run(connection, write, ORG, false);

      assertThat(rolledBack.successful()).isTrue();
      assertThat(rolledBack.rows()).isEqualTo(1);
      assertThat(rolledBack.message()).isEqualTo("rolled back");
      assertThat(count(connection, "SELECT count(*) FROM test_load")).isZero();
      assertThat(connection.getAutoCommit()).as("auto-commit restored").isTrue();

      OperationResult committed = OperationRunner.run(connection, write, ORG, true);

      assertThat(committed.successful()).isTrue();
      assertThat(count(connection, "SELECT count(*) FROM test_load WHERE data = '" + ORG + "'")).isEqualTo(1);
    }
  }

  @Test
  void aFailedWriteIsRolledBackAndTheConnectionStaysUsable() throws SQLException {
    Operation badWrite = new Operation("bad", "INSERT INTO calls (id, agent_id) VALUES (?, 'nobody')", 1,
        OperationKind.WRITE);
    try (Connection connection = database.connect()) {
      OperationResult result = OperationRunner.run(connection, badWrite, ORG, true);

      assertThat(result.successful()).isFalse();
      assertThat(result.code()).as(result.message()).isEqualTo("23503");
      assertThat(count(connection, "SELECT count(*) FROM calls")).isZero();
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
