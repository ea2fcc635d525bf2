package io.builderengine.jmeter.stats;

/**
 * Whole-run figures of a database connection pool, from the samples that ran on it (top-level
 * samples and steps alike), or of one label's database samples. Connection counts are the pool's
 * at the end of each sample, so their maximum and mean are over samples, not over time.
 *
 * @param pool the pool's name; for a label whose samples ran on several pools, their names, comma-separated
 * @param samples samples that carried pool figures ({@link PoolUsage}), failed ones included
 * @param connectionWait each sample's wait for a pooled connection (its connect time), failed samples
 *     included: a sample the pool could not serve waited the longest
 * @param activeConnectionsMax the most connections lent out at the end of a sample
 * @param activeConnectionsMean connections lent out at the end of a sample, averaged over the samples
 * @param idleConnectionsMin the fewest idle connections at the end of a sample; 0 means the pool ran dry
 * @param idleConnectionsMean idle connections at the end of a sample, averaged over the samples
 * @param threadsAwaitingMax the most threads waiting for a connection at the end of a sample
 * @param totalConnectionsMax the pool's size: the most connections it held open
 * @param poolExhausted samples that failed because no connection came within the pool's connection
 *     timeout (response code {@code pool_exhausted})
 */
public record PoolStats(String pool, long samples, Distribution connectionWait, long activeConnectionsMax,
    double activeConnectionsMean, long idleConnectionsMin, double idleConnectionsMean, long threadsAwaitingMax,
    long totalConnectionsMax, long poolExhausted) {
}
