package io.builderengine.jmeter.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the Builder Engine tables the default operations read ({@code agents}, {@code calls})
 * and write ({@code test_load}, which the old suite never created), and seeds them like
 * {@code pgbench -i -s}: scale 1 is {@value #AGENTS_PER_SCALE} agents and
 * {@value #CALLS_PER_SCALE} calls of one organization, created over the last 30 days. Stateless
 * and thread-safe.
 */
public final class BuilderEngineSchema {

  public static final int AGENTS_PER_SCALE = 50;
  public static final int CALLS_PER_SCALE = 10_000;

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final int MINUTES_IN_30_DAYS = 30 * 24 * 60;
  // Row n is (n * 7919 mod 30 days) minutes old: a prime step scatters rows over the whole span.

  private BuilderEngineSchema() {
  }

  /**
   * Creates {@code schema}, its tables and indexes where they do not exist yet; running it again
   * changes nothing. Commits when the connection is not in auto-commit.
   *
   * @param schema a lower-case SQL identifier, e.g. {@code public} or {@code be_test_1}
   */
  public static void create(Connection connection, String schema) throws SQLException {
    if (schema == null || !IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("Schema name '" + schema
          + "' must be a lower-case SQL identifier (letters, digits, '_', at most 63)");
    }
    String s = schema + ".";
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      statement.execute("CREATE TABLE IF NOT EXISTS " + s + "agents (id text PRIMARY KEY,"
          + " organization_id text, name text, status text, created_at timestamptz)");
      statement.execute("CREATE TABLE IF NOT EXISTS " + s + "calls (id text PRIMARY KEY,"
          + " organization_id text, agent_id text REFERENCES " + s + "agents (id), status text,"
          + " duration_seconds int, created_at timestamptz)");
      statement.execute("CREATE TABLE IF NOT EXISTS " + s + "test_load (data text,"
          + " created_at timestamptz)");
      statement.execute("CREATE INDEX IF NOT EXISTS calls_agent_id_idx ON " + s + "calls (agent_id)");
      statement.execute("CREATE INDEX IF NOT EXISTS calls_created_at_idx ON " + s + "calls (created_at)");
      statement.execute("CREATE INDEX IF NOT EXISTS agents_organization_id_idx ON " + s
          + "agents (organization_id)");
    }
    commitUnlessAutoCommit(connection);
  }

  /**
   * Seeds {@code scale} x ({@value #AGENTS_PER_SCALE} agents, {@value #CALLS_PER_SCALE} calls) for
   * {@code organizationId} into the tables the connection's search_path finds (set it with
   * {@code currentSchema=} in the JDBC URL). Ids are deterministic, so seeding again at the same
   * scale adds nothing, and a larger scale adds only the difference. Calls are 70% completed, 10%
   * each failed, no_answer and in_progress; only completed calls have a duration (30-599 s).
   */
  public static void seed(Connection connection, int scale, String organizationId)
      throws SQLException {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, was " + scale);
    }
    int agents = scale * AGENTS_PER_SCALE;
    // One set-based INSERT per table: row-by-row JDBC would take seconds per scale.
    try (PreparedStatement insertAgents = connection.prepareStatement(
        "INSERT INTO agents (id, organization_id, name, status, created_at)"
            + " SELECT ? || '-agent-' || n, ?, 'Agent ' || n,"
            + " CASE WHEN n % 10 = 0 THEN 'inactive' ELSE 'active' END,"
            + " now() - ((n::bigint * 7919) % ?) * interval '1 minute'"
            + " FROM generate_series(1, ?) AS n ON CONFLICT (id) DO NOTHING")) {
      insertAgents.setString(1, organizationId);
      insertAgents.setString(2, organizationId);
      insertAgents.setInt(3, MINUTES_IN_30_DAYS);
      insertAgents.setInt(4, agents);
      insertAgents.executeUpdate();
    }
    try (PreparedStatement insertCalls = connection.prepareStatement(
        "INSERT INTO calls (id, organization_id, agent_id, status, duration_seconds, created_at)"
            + " SELECT ? || '-call-' || n, ?, ? || '-agent-' || (1 + n % ?),"
            + " CASE n % 10 WHEN 7 THEN 'failed' WHEN 8 THEN 'no_answer'"
            + " WHEN 9 THEN 'in_progress' ELSE 'completed' END,"
            + " CASE WHEN n % 10 < 7 THEN 30 + n % 570 ELSE 0 END,"
            + " now() - ((n::bigint * 7919) % ?) * interval '1 minute'"
            + " FROM generate_series(1, ?) AS n ON CONFLICT (id) DO NOTHING")) {
      insertCalls.setString(1, organizationId);
      insertCalls.setString(2, organizationId);
      insertCalls.setString(3, organizationId);
      insertCalls.setInt(4, agents);
      insertCalls.setInt(5, MINUTES_IN_30_DAYS);
      insertCalls.setInt(6, scale * CALLS_PER_SCALE);
      insertCalls.executeUpdate();
    }
    commitUnlessAutoCommit(connection);
  }

  private static void commitUnlessAutoCommit(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }
}
