package io.builderengine.jmeter.db;

import java.util.Objects;

/**
 * How to open one connection pool. Impossible values are rejected at construction with the range
 * that works, as HikariCP's own setters do. Immutable and thread-safe.
 *
 * @param jdbcUrl {@code jdbc:postgresql://...} without credentials (see {@link JdbcUrls})
 * @param user database user, or null
 * @param password database password, or null; never in {@link #toString()}
 * @param maxPoolSize connections the pool holds, at least 1; it keeps them all open
 * @param connectionTimeoutMillis how long a thread waits for a pooled connection, at least 250 ms
 *     (HikariCP's floor)
 * @param validationTimeoutMillis how long a liveness check may take, at least 250 ms and at most
 *     {@code connectionTimeoutMillis}
 * @param socketTimeoutSeconds PostgreSQL's {@code socketTimeout}: the longest a read may block, so
 *     that no thread hangs on a dead server; 0 disables it
 * @param connectTimeoutSeconds PostgreSQL's {@code connectTimeout} for opening a TCP connection
 * @param poolName shown in HikariCP's log lines and thread names
 */
public record PoolSettings(String jdbcUrl, String user, String password, int maxPoolSize,
    long connectionTimeoutMillis, long validationTimeoutMillis, int socketTimeoutSeconds,
    int connectTimeoutSeconds, String poolName) {

  /** HikariCP refuses connection and validation timeouts below this. */
  public static final long MIN_TIMEOUT_MILLIS = 250;

  public PoolSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(poolName, "poolName");
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize cannot be less than 1, was " + maxPoolSize);
    }
    if (connectionTimeoutMillis < MIN_TIMEOUT_MILLIS) {
      throw new IllegalArgumentException("connectionTimeoutMillis must be at least "
          + MIN_TIMEOUT_MILLIS + " ms, was " + connectionTimeoutMillis);
    }
    if (validationTimeoutMillis < MIN_TIMEOUT_MILLIS
        || validationTimeoutMillis > connectionTimeoutMillis) {
      throw new IllegalArgumentException("validationTimeoutMillis must be at least "
          + MIN_TIMEOUT_MILLIS + " ms and at most connectionTimeoutMillis ("
          + connectionTimeoutMillis + " ms), was " + validationTimeoutMillis);
    }
    if (socketTimeoutSeconds < 0 || connectTimeoutSeconds < 0) {
      throw new IllegalArgumentException("socketTimeoutSeconds and connectTimeoutSeconds cannot be"
          + " negative, were " + socketTimeoutSeconds + " and " + connectTimeoutSeconds);
    }
  }

  /** Settings for {@code target} with the other values at workable defaults. */
  public static PoolSettings of(JdbcTarget target, int maxPoolSize, String poolName) {
    return new PoolSettings(target.jdbcUrl(), target.user(), target.password(), maxPoolSize,
        30_000, 5_000, 30, 10, poolName);
  }

  /** A copy with another connection timeout, keeping the validation timeout within it. */
  public PoolSettings withConnectionTimeoutMillis(long millis) {
    return new PoolSettings(jdbcUrl, user, password, maxPoolSize, millis,
        Math.max(MIN_TIMEOUT_MILLIS, Math.min(validationTimeoutMillis, millis)),
        socketTimeoutSeconds, connectTimeoutSeconds, poolName);
  }

  @Override
  public String toString() {
    return "PoolSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password="
        + (password == null ? "null" : "****") + ", maxPoolSize=" + maxPoolSize
        + ", connectionTimeoutMillis=" + connectionTimeoutMillis + ", validationTimeoutMillis="
        + validationTimeoutMillis + ", socketTimeoutSeconds=" + socketTimeoutSeconds
        + ", connectTimeoutSeconds=" + connectTimeoutSeconds + ", poolName=" + poolName + "]";
  }
}
