package io.builderengine.jmeter.stats;

/** One database sample's pool figures as the Database Workload sampler would hand them over. */
record PoolFigures(String poolName, int activeConnections, int idleConnections, int threadsAwaitingConnection,
    int totalConnections, boolean poolExhausted) implements PoolUsage {

  /** A sample served by a pool of {@code totalConnections}, {@code activeConnections} of them lent out. */
  static PoolFigures served(String poolName, int activeConnections, int totalConnections) {
    return new PoolFigures(poolName, activeConnections, totalConnections - activeConnections, 0, totalConnections,
        false);
  }

  /** A sample that timed out waiting while {@code threadsAwaiting} other threads waited too. */
  static PoolFigures exhausted(String poolName, int totalConnections, int threadsAwaiting) {
    return new PoolFigures(poolName, totalConnections, 0, threadsAwaiting, totalConnections, true);
  }
}
