package io.builderengine.jmeter.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the HikariCP pool a database workload runs on. Stateless and thread-safe; the pool it
 * returns is thread-safe and must be closed by the caller.
 *
 * <p>The pool opens all {@code maxPoolSize} connections and keeps them ({@code minimumIdle} =
 * max), so a load test measures queries, not connection set-up. It does not fail when the database
 * is down at start ({@code initializationFailTimeout} -1): the test starts, and every sample
 * reports "database unreachable" until the server comes back, which a load test must show rather
 * than hide behind a start-up error. The password goes to the driver as a property, never in the
 * URL, and HikariCP masks it when it logs its configuration.
 */
public final class DatabasePools {

  private DatabasePools() {
  }

  public static HikariDataSource open(PoolSettings settings) {
    HikariConfig config = new HikariConfig();
    // By class, not by name: the shade plugin relocates the class, and DriverManager's service
    // lookup may not see a driver inside JMeter's lib/ext class loader.
    config.setDriverClassName(org.postgresql.Driver.class.getName());
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setPoolName(settings.poolName());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setMinimumIdle(settings.maxPoolSize());
    config.setConnectionTimeout(settings.connectionTimeoutMillis());
    config.setValidationTimeout(settings.validationTimeoutMillis());
    config.setInitializationFailTimeout(-1);
    config.addDataSourceProperty("socketTimeout", String.valueOf(settings.socketTimeoutSeconds()));
    config.addDataSourceProperty("connectTimeout", String.valueOf(settings.connectTimeoutSeconds()));
    config.addDataSourceProperty("ApplicationName", "builder-engine-jmeter");
    return new HikariDataSource(config);
  }
}
