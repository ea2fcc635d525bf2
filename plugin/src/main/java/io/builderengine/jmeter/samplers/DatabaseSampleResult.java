package io.builderengine.jmeter.samplers;

import com.zaxxer.hikari.HikariPoolMXBean;
import io.builderengine.jmeter.db.DatabaseFailures;
import io.builderengine.jmeter.stats.PoolUsage;
import org.apache.jmeter.samplers.SampleResult;

/**
 * The result of one database operation: JMeter's fields, whose connect time is the wait for a pooled
 * connection, plus the pool's counts at the end of the sample, which the SLO listener reads through
 * {@link PoolUsage}. Serializable with plain fields, so the figures reach a distributed test's
 * controller.
 */
public class DatabaseSampleResult extends SampleResult implements PoolUsage {

  private static final long serialVersionUID = 1L;

  private String poolName;
  private int activeConnections;
  private int idleConnections;
  private int threadsAwaitingConnection;
  private int totalConnections;

  /** Copies the pool's counts as they are now. */
  void setPoolFigures(String poolName, HikariPoolMXBean pool) {
    this.poolName = poolName;
    activeConnections = pool.getActiveConnections();
    idleConnections = pool.getIdleConnections();
    threadsAwaitingConnection = pool.getThreadsAwaitingConnection();
    totalConnections = pool.getTotalConnections();
  }

  @Override
  public String poolName() {
    return poolName;
  }

  @Override
  public int activeConnections() {
    return activeConnections;
  }

  @Override
  public int idleConnections() {
    return idleConnections;
  }

  @Override
  public int threadsAwaitingConnection() {
    return threadsAwaitingConnection;
  }

  @Override
  public int totalConnections() {
    return totalConnections;
  }

  @Override
  public boolean poolExhausted() {
    return DatabaseFailures.POOL_EXHAUSTED.equals(getResponseCode());
  }
}
