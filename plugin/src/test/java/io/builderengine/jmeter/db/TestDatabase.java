package io.builderengine.jmeter.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away schema {@code be_test_<random>} in the local PostgreSQL 15 (127.0.0.1:5432, trust
 * auth, database {@code test}); {@link #close()} drops it. URL overridable with
 * {@code -Dbe.test.db.url=postgresql://...}.
 */
final class TestDatabase implements AutoCloseable {

  static final String URL = System.getProperty("be.test.db.url",
      "postgresql://postgres@127.0.0.1:5432/test");

  final String schema = "be_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
  /** Connections to it resolve unqualified table names in {@link #schema}. */
  final JdbcTarget target;

  TestDatabase() throws SQLException {
    JdbcTarget server = JdbcUrls.toJdbc(URL);
    target = new JdbcTarget(server.jdbcUrl() + "?currentSchema=" + schema, server.user(),
        server.password());
    try (Connection connection = connect()) {
      BuilderEngineSchema.create(connection, schema);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
