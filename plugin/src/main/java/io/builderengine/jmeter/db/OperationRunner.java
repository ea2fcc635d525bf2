package io.builderengine.jmeter.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs one {@link Operation} on a connection the caller owns and times it. Every {@code ?} is
 * bound to the organization id. A WRITE runs in its own transaction that is committed, or rolled
 * back to leave the database as it was; either way it is a success when the statement ran (the old
 * suite reported every rolled-back write as a failure). Stateless and thread-safe; a connection
 * must be used by one thread at a time.
 */
public final class OperationRunner {

  public static final String OK = "OK";

  private OperationRunner() {
  }

  public static OperationResult run(Connection connection, Operation operation,
      String organizationId, boolean commitWrites) {
    long startNanos = System.nanoTime();
    try {
      long rows = operation.kind() == OperationKind.WRITE
          ? write(connection, operation, organizationId, commitWrites)
          : read(connection, operation, organizationId);
      String message = operation.kind() == OperationKind.WRITE && !commitWrites ? "rolled back" : OK;
      return new OperationResult(operation.name(), millisSince(startNanos), rows, true, OK, message);
    } catch (SQLException e) {
      long elapsedMillis = millisSince(startNanos);
      DatabaseFailure failure = DatabaseFailures.classify(e, elapsedMillis);
      return new OperationResult(operation.name(), elapsedMillis, 0, false, failure.code(),
          failure.message());
    }
  }

  private static long read(Connection connection, Operation operation, String organizationId)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, operation, organizationId);
        ResultSet resultSet = statement.executeQuery()) {
      long rows = 0;
      while (resultSet.next()) {
        rows++;
      }
      return rows;
    }
  }

  private static long write(Connection connection, Operation operation, String organizationId,
      boolean commit) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement statement = prepare(connection, operation, organizationId)) {
      long rows = statement.executeLargeUpdate();
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return rows;
    } catch (SQLException e) {
      rollbackQuietly(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static PreparedStatement prepare(Connection connection, Operation operation,
      String organizationId) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(operation.sql());
    try {
      int parameters = Placeholders.count(operation.sql());
      for (int i = 1; i <= parameters; i++) {
        statement.setString(i, organizationId);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static void rollbackQuietly(Connection connection, SQLException failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      // The statement's failure is the one to report; a dead connection fails both.
      failure.addSuppressed(rollbackFailure);
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
