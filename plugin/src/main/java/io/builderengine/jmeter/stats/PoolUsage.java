package io.builderengine.jmeter.stats;

/**
 * A database sample's figures of the connection pool it ran on; read by the listener.
 *
 * <p>Implemented by the {@code SampleResult} of a database sample. The wait for a pooled connection
 * is not here: it is the sample's connect time. The counts are the pool's at the end of the sample,
 * once the sample's own connection went back to it. The listener reads each figure once, on the
 * sampling thread, after the sample has ended and while it holds the label's lock: implementations
 * return figures fixed when the sample ended, cheaply, and never block. A count below 0 counts as 0.
 */
public interface PoolUsage {

  /**
   * The pool's name; null when the sample has no pool figures (it failed before it reached a pool),
   * and the others then mean nothing.
   */
  String poolName();

  /** Connections lent to threads. */
  int activeConnections();

  /** Connections open and waiting in the pool. */
  int idleConnections();

  /** Threads waiting for a connection. */
  int threadsAwaitingConnection();

  /** Connections open, active and idle: the pool's size. */
  int totalConnections();

  /** Whether the sample failed because no connection came within the pool's connection timeout. */
  boolean poolExhausted();
}
