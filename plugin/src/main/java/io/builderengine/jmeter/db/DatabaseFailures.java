package io.builderengine.jmeter.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the three failures a tester must tell apart: the pool ran out of connections (the load
 * generator's limit), the database cannot be reached (the server is down), and the server refused
 * a statement (the SQL). Stateless and thread-safe.
 */
public final class DatabaseFailures {

  public static final String POOL_EXHAUSTED = "pool_exhausted";
  public static final String UNREACHABLE = "database_unreachable";
  public static final String OTHER = "database_error";

  // HikariCP 5: "<pool> - Connection is not available, request timed out after 251ms (total=1, ...".
  private static final String HIKARI_TIMEOUT = "Connection is not available";
  private static final Pattern POOL_TOTAL = Pattern.compile("total=(\\d+)");
  // pgjdbc: "Connection to 127.0.0.1:5433 refused. Check that the hostname and port are ...".
  private static final Pattern PG_REFUSED = Pattern.compile("Connection to (\\S+) refused");

  private DatabaseFailures() {
  }

  /**
   * @param waitedMillis how long the caller waited for a connection or the statement, for the
   *     pool-exhausted message
   */
  public static DatabaseFailure classify(Exception failure, long waitedMillis) {
    // HikariCP passes on the last failure to open a connection as the cause: with one, the pool
    // is empty because no connection can be opened (the database is down, or refuses the login or
    // the database name); without, every connection is simply busy.
    if (failure instanceof SQLTransientConnectionException
        && String.valueOf(failure.getMessage()).contains(HIKARI_TIMEOUT)) {
      Throwable cause = failure.getCause();
      if (cause == null) {
        return new DatabaseFailure(POOL_EXHAUSTED, "pool exhausted: waited " + waitedMillis
            + " ms for a connection" + poolSize(failure.getMessage()));
      }
      if (!isConnectionFailure(cause) && cause instanceof SQLException refused && refused.getSQLState() != null) {
        return new DatabaseFailure(refused.getSQLState(), "cannot open a connection: SQL error "
            + refused.getSQLState() + ": " + serverText(refused.getMessage()));
      }
      return unreachable(cause);
    }
    if (isConnectionFailure(failure)) {
      return unreachable(failure);
    }
    if (failure instanceof SQLException sql && sql.getSQLState() != null) {
      return new DatabaseFailure(sql.getSQLState(),
          "SQL error " + sql.getSQLState() + ": " + serverText(sql.getMessage()));
    }
    return new DatabaseFailure(OTHER, failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  /** SQLSTATE class 08 (connection exception) anywhere in the chain, or a refused socket. */
  private static boolean isConnectionFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  private static DatabaseFailure unreachable(Throwable failure) {
    String text = String.valueOf(failure.getMessage());
    Matcher refused = PG_REFUSED.matcher(text);
    String detail = refused.find() ? "Connection refused to " + refused.group(1) : firstSentence(text);
    return new DatabaseFailure(UNREACHABLE, "database unreachable: " + detail);
  }

  private static String poolSize(String hikariMessage) {
    Matcher total = POOL_TOTAL.matcher(String.valueOf(hikariMessage));
    return total.find() ? " (pool size " + total.group(1) + ")" : "";
  }

  /** "ERROR: relation "x" does not exist\n  Position: 15" -> "relation "x" does not exist"; FATAL: alike. */
  private static String serverText(String message) {
    String firstLine = String.valueOf(message).lines().findFirst().orElse("").strip();
    for (String severity : new String[] {"ERROR: ", "FATAL: "}) {
      if (firstLine.startsWith(severity)) {
        return firstLine.substring(severity.length());
      }
    }
    return firstLine;
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end);
  }
}
