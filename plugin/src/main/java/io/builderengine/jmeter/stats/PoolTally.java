package io.builderengine.jmeter.stats;

/**
 * Everything {@link PoolStats} reports about the database samples of one pool (or of one label, or
 * merged across labels), in memory that does not grow with the number of samples: a histogram of
 * the connection waits, exact moments of the active and idle counts ({@link ExactMoments}), maxima.
 *
 * <p>Memory: about 17 KB while the waits stay under 2 s, 50 KB up to 30 s.
 *
 * <p>Not thread-safe: it belongs to a {@link SampleTally}, under whose owner's lock a sample's pool
 * figures are recorded together with the sample.
 */
final class PoolTally {

  /** Whole milliseconds. */
  private final DistributionTally connectionWait = new DistributionTally();
  private final ExactMoments activeConnections = new ExactMoments();
  private final ExactMoments idleConnections = new ExactMoments();
  private long threadsAwaitingMax;
  private long totalConnectionsMax;
  private long poolExhausted;

  /** @param connectionWaitMillis the sample's connect time, 0 to {@link Integer#MAX_VALUE} */
  void record(long connectionWaitMillis, PoolUsage pool) {
    connectionWait.record(connectionWaitMillis);
    activeConnections.record(count(pool.activeConnections()));
    idleConnections.record(count(pool.idleConnections()));
    threadsAwaitingMax = Math.max(threadsAwaitingMax, count(pool.threadsAwaitingConnection()));
    totalConnectionsMax = Math.max(totalConnectionsMax, count(pool.totalConnections()));
    if (pool.poolExhausted()) {
      poolExhausted++;
    }
  }

  void add(PoolTally other) {
    connectionWait.add(other.connectionWait);
    activeConnections.add(other.activeConnections);
    idleConnections.add(other.idleConnections);
    threadsAwaitingMax = Math.max(threadsAwaitingMax, other.threadsAwaitingMax);
    totalConnectionsMax = Math.max(totalConnectionsMax, other.totalConnectionsMax);
    poolExhausted += other.poolExhausted;
  }

  PoolStats toStats(String pool) {
    return new PoolStats(pool, activeConnections.count(), connectionWait.toDistribution(),
        activeConnections.max(), activeConnections.mean(), idleConnections.min(), idleConnections.mean(),
        threadsAwaitingMax, totalConnectionsMax, poolExhausted);
  }

  private static long count(int connectionsOrThreads) {
    return Math.max(0, connectionsOrThreads);
  }
}
