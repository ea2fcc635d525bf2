package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Provokes each failure for real against the local PostgreSQL and a closed port. */
@Tag("faults")
class DatabaseFailuresTest {

  private static TestDatabase database;

  @BeforeAll
  static void createSchema() throws SQLException {
    database = new TestDatabase();
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    database.close();
  }

  @Test
  void aBusyPoolIsExhaustedNotUnreachable() throws SQLException {
    PoolSettings settings = PoolSettings.of(database.target, 1, "exhausted")
        .withConnectionTimeoutMillis(250);
    try (HikariDataSource pool = DatabasePools.open(settings); Connection held = pool.getConnection()) {
      long startNanos = System.nanoTime();
      SQLException failure = catchThrowableOfType(SQLException.class, pool::getConnection);
      long waitedMillis = (System.nanoTime() - startNanos) / 1_000_000;

      DatabaseFailure classified = DatabaseFailures.classify(failure, waitedMillis);

      assertThat(held.isValid(1)).isTrue();
      assertThat(classified.code()).isEqualTo(DatabaseFailures.POOL_EXHAUSTED);
      assertThat(classified.message())
          .isEqualTo("pool exhausted: waited " + waitedMillis + " ms for a connection (pool size 1)");
      assertThat(waitedMillis).as("waited at least the 250 ms connection timeout").isGreaterThanOrEqualTo(250);
    }
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int closedPort = closedPort();
    JdbcTarget down = JdbcUrls.toJdbc("postgresql://postgres:pw@127.0.0.1:" + closedPort + "/test");
    PoolSettings settings = PoolSettings.of(down, 2, "unreachable").withConnectionTimeoutMillis(1_000);
    try (HikariDataSource pool = DatabasePools.open(settings)) {
      SQLException failure = catchThrowableOfType(SQLException.class, pool::getConnection);

      DatabaseFailure classified = DatabaseFailures.classify(failure, 1_000);

      assertThat(classified).isEqualTo(new DatabaseFailure(DatabaseFailures.UNREACHABLE,
          "database unreachable: Connection refused to 127.0.0.1:" + closedPort));
    }
  }

  @Test
  void aDatabaseThatDoesNotExistIsNeitherExhaustedNorUnreachable() throws SQLException {
    JdbcTarget missing = JdbcUrls.toJdbc("postgresql://postgres@127.0.0.1:5432/be_no_such_database");
    PoolSettings settings = PoolSettings.of(missing, 2, "missing").withConnectionTimeoutMillis(1_000);
    try (HikariDataSource pool = DatabasePools.open(settings)) {
      SQLException failure = catchThrowableOfType(SQLException.class, pool::getConnection);

      DatabaseFailure classified = DatabaseFailures.classify(failure, 1_000);

      assertThat(classified).isEqualTo(new DatabaseFailure("3D000",
          "cannot open a connection: SQL error 3D000: database \"be_no_such_database\" does not exist"));
    }
  }

  @Test
  void aMissingTableIsAnSqlErrorWithItsSqlState() throws SQLException {
    try (Connection connection = database.connect()) {
      OperationResult result = OperationRunner.run(connection,
          new Operation("missing", "SELECT * FROM x", 1, OperationKind.READ), "org-1", false);

      assertThat(result.successful()).isFalse();
      assertThat(result.code()).isEqualTo("42P01");
      assertThat(result.message()).isEqualTo("SQL error 42P01: relation \"x\" does not exist");
    }
  }

  @Test
  void anythingElseKeepsItsTypeAndText() {
    assertThat(DatabaseFailures.classify(new IllegalStateException("odd"), 0))
        .isEqualTo(new DatabaseFailure(DatabaseFailures.OTHER, "IllegalStateException: odd"));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
