package io.builderengine.jmeter.config;

import com.zaxxer.hikari.HikariDataSource;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.exit.ExitStatus;
import io.builderengine.jmeter.db.BuilderEngineSchema;
import io.builderengine.jmeter.db.DatabaseFailures;
import io.builderengine.jmeter.db.DatabasePools;
import io.builderengine.jmeter.db.JdbcTarget;
import io.builderengine.jmeter.db.JdbcUrls;
import io.builderengine.jmeter.db.PoolSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jmeter.config.ConfigElement;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.TestBeanHelper;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.testelement.TestStateListener;
import org.apache.jmeter.testelement.property.NullProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HikariCP pool shared by every thread of the test, built at test start and closed at its end, as
 * JMeter's own JDBC Connection Configuration does; samplers reach it by name ({@link #pool}).
 *
 * <p>The database: {@code BE_DB_URL}, else the element's URL, else the config file's
 * {@code target.database_url}; {@code postgresql://} (the old suite's form) or {@code jdbc:postgresql://}.
 * User and password: the element's, else {@code BE_DB_USER} and {@code BE_DB_PASSWORD}, else the URL's.
 * The password is never logged. Connections use {@code databaseSchema} as their search path; a seed scale
 * above 0 creates the Builder Engine tables there and seeds them at test start (idempotent). An
 * element that is not {@code active} leaves the database alone: mixed.jmx sets it from its database
 * scenario, which is off by default.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class DatabasePool extends AbstractTestElement implements ConfigElement, TestStateListener, TestBean {

  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(DatabasePool.class);
  private static final Map<String, HikariDataSource> POOLS_BY_NAME = new ConcurrentHashMap<>();

  private transient String poolName = "builder_engine";
  private transient String databaseUrl = "";
  private transient String user = "";
  private transient String password = "";
  private transient String databaseSchema = "builder_engine";
  private transient int maxPoolSize;
  private transient long connectionTimeoutMillis = 5_000;
  private transient int socketTimeoutSeconds = 30;
  private transient int seedScale;
  /** Plans saved before this property existed have none: they keep the pool ({@link #activeInPlan()}). */
  private transient boolean active = true;

  /** The pool of this name, or empty when no Database Pool element of this name has started. */
  public static Optional<HikariDataSource> pool(String name) {
    return Optional.ofNullable(POOLS_BY_NAME.get(name));
  }

  @Override
  public void testStarted() {
    testStarted("local");
  }

  /**
   * Builds the pool, and the schema when asked, before any thread starts. A mistake (no or a bad URL,
   * a database that cannot be set up) stops the test with its one-line reason on the console, and a
   * headless run exits with status 1: JMeter itself would only log it and end the run with status 0.
   */
  @Override
  public void testStarted(String host) {
    TestBeanHelper.prepare(this);
    if (!activeInPlan()) {
      log.info("{}: not active, so no pool '{}' and no connection to the database", getName(), poolName);
      return;
    }
    try {
      openPool();
    } catch (IllegalArgumentException e) {
      ExitStatus.failAtStart(e.getMessage());
      throw e;
    }
  }

  private void openPool() {
    Optional<RunSettings> run = ActiveRun.settings();
    String url = firstGiven(RunEnvironment.get("BE_DB_URL"), databaseUrl, run.map(RunSettings::databaseUrl).orElse(""));
    if (url.isBlank()) {
      throw new IllegalArgumentException(getName() + ": no database URL; set BE_DB_URL, the element's URL, or"
          + " target.database_url in the config file");
    }
    JdbcTarget target = JdbcUrls.toJdbc(withSchema(url.strip()));
    int size = maxPoolSize > 0 ? maxPoolSize : run.map(RunSettings::users).orElse(10);
    PoolSettings settings = new PoolSettings(target.jdbcUrl(),
        firstGiven(user, RunEnvironment.get("BE_DB_USER"), target.user()),
        firstGiven(password, RunEnvironment.get("BE_DB_PASSWORD"), target.password()),
        size, connectionTimeoutMillis, Math.min(5_000, connectionTimeoutMillis), socketTimeoutSeconds, 10, poolName);
    HikariDataSource pool = DatabasePools.open(settings);
    HikariDataSource previous = POOLS_BY_NAME.put(poolName, pool);
    if (previous != null) {
      previous.close();
    }
    log.info("{}: pool '{}' of {} connections to {}", getName(), poolName, size, target.jdbcUrl());
    if (seedScale > 0) {
      prepareSchema(pool, run.map(RunSettings::organizationId).orElse(""));
    }
  }

  private void prepareSchema(HikariDataSource pool, String organizationId) {
    try (Connection connection = pool.getConnection()) {
      BuilderEngineSchema.create(connection, databaseSchema);
      BuilderEngineSchema.seed(connection, seedScale, organizationId);
    } catch (SQLException e) {
      throw new IllegalArgumentException(getName() + ": could not create and seed schema '" + databaseSchema + "' at scale "
          + seedScale + ": " + DatabaseFailures.classify(e, connectionTimeoutMillis).message(), e);
    }
  }

  /** Connections search {@code databaseSchema}: the operations name their tables without it. */
  private String withSchema(String url) {
    if (databaseSchema == null || databaseSchema.isBlank()) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + databaseSchema.strip();
  }

  @Override
  public void testEnded() {
    testEnded("local");
  }

  @Override
  public void testEnded(String host) {
    HikariDataSource pool = POOLS_BY_NAME.remove(poolName);
    if (pool != null) {
      pool.close();
    }
  }

  private static String firstGiven(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  // ConfigElement: the pool is shared through pool(name), nothing merges into samplers.
  @Override
  public void addConfigElement(ConfigElement config) {
  }

  @Override
  public boolean expectsModification() {
    return false;
  }

  public String getPoolName() {
    return poolName;
  }

  public void setPoolName(String poolName) {
    this.poolName = poolName;
  }

  public String getDatabaseUrl() {
    return databaseUrl;
  }

  public void setDatabaseUrl(String databaseUrl) {
    this.databaseUrl = databaseUrl;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDatabaseSchema() {
    return databaseSchema;
  }

  public void setDatabaseSchema(String databaseSchema) {
    this.databaseSchema = databaseSchema;
  }

  public int getMaxPoolSize() {
    return maxPoolSize;
  }

  public void setMaxPoolSize(int maxPoolSize) {
    this.maxPoolSize = maxPoolSize;
  }

  public long getConnectionTimeoutMillis() {
    return connectionTimeoutMillis;
  }

  public void setConnectionTimeoutMillis(long connectionTimeoutMillis) {
    this.connectionTimeoutMillis = connectionTimeoutMillis;
  }

  public int getSocketTimeoutSeconds() {
    return socketTimeoutSeconds;
  }

  public void setSocketTimeoutSeconds(int socketTimeoutSeconds) {
    this.socketTimeoutSeconds = socketTimeoutSeconds;
  }

  /**
   * A plan saved before the property existed (database.jmx) has no key for it and keeps the pool.
   * The field is required, so that JMeter's GUI fills it in; for a missing key, TestBeanHelper then
   * sets a required boolean to false: so the key itself is looked at here.
   */
  private boolean activeInPlan() {
    return active || getProperty("active") instanceof NullProperty;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getSeedScale() {
    return seedScale;
  }

  public void setSeedScale(int seedScale) {
    this.seedScale = seedScale;
  }
}
