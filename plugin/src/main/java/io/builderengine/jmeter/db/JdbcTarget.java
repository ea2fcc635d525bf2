package io.builderengine.jmeter.db;

import java.util.Objects;

/**
 * A PostgreSQL JDBC URL with the credentials taken out of it, so the URL itself can be logged.
 * Immutable and thread-safe.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host:port/db?...}, never holding a user or password
 * @param user the user, or null to let the driver decide (URL parameter, PGUSER, OS user)
 * @param password the password, or null; never printed by {@link #toString()}
 */
public record JdbcTarget(String jdbcUrl, String user, String password) {

  public JdbcTarget {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  @Override
  public String toString() {
    return "JdbcTarget[jdbcUrl=" + jdbcUrl + ", user=" + user
        + ", password=" + (password == null ? "null" : "****") + "]";
  }
}
