package io.builderengine.jmeter.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link LabelStats} reports about a set of samples (one label's or step's, or the labels'
 * merged for the overall row), in memory that does not grow with the number of samples. The
 * media-stream and pool figures are made with the first sample that carries some, so a label without
 * streams or database samples pays nothing for them. Pool figures are kept by pool, so that each
 * pool's can be gathered across labels ({@link #addPoolsTo}); a label's samples almost always run on
 * one pool.
 *
 * <p>Not thread-safe: {@link StatsRecorder} guards each label's tally with the tally's own monitor, and
 * merges copies of them outside it.
 */
final class SampleTally {

  private final DistributionTally elapsedAll = new DistributionTally();
  private final DistributionTally elapsedSuccessful = new DistributionTally();
  private final DistributionTally latencySuccessful = new DistributionTally();
  private final DistributionTally connectSuccessful = new DistributionTally();
  /** Successful samples from their slot (their start when they had none) to their end. */
  private final DistributionTally correctedSuccessful = new DistributionTally();
  private final ErrorTally failures;
  /** Null until a sample carries stream figures. */
  private StreamTally streams;
  /** Null until a sample carries a slot of a rate schedule. */
  private ScheduleTally schedule;
  /** Null until a sample carries pool figures; then by pool name. */
  private Map<String, PoolTally> pools;
  private long samples;
  private long errors;
  private long bytesReceived;
  private long bytesSent;
  private long firstStartMillis = Long.MAX_VALUE;
  private long lastEndMillis = Long.MIN_VALUE;

  /** @param distinctFailuresTracked see {@link ErrorTally#ErrorTally(int)} */
  SampleTally(int distinctFailuresTracked) {
    failures = new ErrorTally(distinctFailuresTracked);
  }

  /**
   * @param startMillis epoch ms; a sample without one (0 or less) counts everywhere except in the
   *     active window
   * @param elapsedMillis 0 to {@link Integer#MAX_VALUE}, as are latency and connect time
   * @param stream the sample's media-stream figures, or null when it carries none
   * @param pool the sample's pool figures, or null when it carries none; its connect time is the
   *     wait for a pooled connection
   * @param intendedStartMillis epoch ms of the sample's slot in a rate schedule, 0 when it had none
   *     (or has no start): then its corrected latency is its elapsed time
   * @param threadFreeAfterSlotMillis how long after the slot a thread was free to take it, 0 when in time
   */
  void record(long startMillis, long elapsedMillis, long latencyMillis, long connectMillis, boolean successful,
      String responseCode, String responseMessage, long bytesReceived, long bytesSent, StreamQuality stream,
      PoolUsage pool, long intendedStartMillis, long threadFreeAfterSlotMillis) {
    samples++;
    this.bytesReceived += bytesReceived;
    this.bytesSent += bytesSent;
    if (startMillis > 0) {
      firstStartMillis = Math.min(firstStartMillis, startMillis);
      lastEndMillis = Math.max(lastEndMillis, startMillis + elapsedMillis);
    }
    elapsedAll.record(elapsedMillis);
    long correctedMillis = elapsedMillis;
    if (intendedStartMillis > 0 && startMillis > 0) {
      // A thread that woke a little early starts before its slot: never less than the service time.
      long startLagMillis = Math.max(0, Math.min(startMillis - intendedStartMillis, Integer.MAX_VALUE));
      correctedMillis = Math.min(elapsedMillis + startLagMillis, Integer.MAX_VALUE);
      schedule().record(startLagMillis, Math.max(0, startLagMillis - threadFreeAfterSlotMillis));
    }
    if (successful) {
      elapsedSuccessful.record(elapsedMillis);
      correctedSuccessful.record(correctedMillis);
      latencySuccessful.record(latencyMillis);
      connectSuccessful.record(connectMillis);
    } else {
      errors++;
      failures.record(responseCode, responseMessage);
    }
    if (stream != null) {
      streams().record(stream);
    }
    if (pool != null) {
      pool(pools(), pool.poolName()).record(connectMillis, pool);
    }
  }

  void add(SampleTally other) {
    samples += other.samples;
    errors += other.errors;
    bytesReceived += other.bytesReceived;
    bytesSent += other.bytesSent;
    firstStartMillis = Math.min(firstStartMillis, other.firstStartMillis);
    lastEndMillis = Math.max(lastEndMillis, other.lastEndMillis);
    elapsedAll.add(other.elapsedAll);
    elapsedSuccessful.add(other.elapsedSuccessful);
    latencySuccessful.add(other.latencySuccessful);
    connectSuccessful.add(other.connectSuccessful);
    correctedSuccessful.add(other.correctedSuccessful);
    failures.add(other.failures);
    if (other.schedule != null) {
      schedule().add(other.schedule);
    }
    if (other.streams != null) {
      streams().add(other.streams);
    }
    if (other.pools != null) {
      addPools(other.pools, pools());
    }
  }

  /** Adds this tally's pool figures to {@code tallies}' of the same pool name. */
  void addPoolsTo(Map<String, PoolTally> tallies) {
    if (pools != null) {
      addPools(pools, tallies);
    }
  }

  private static void addPools(Map<String, PoolTally> from, Map<String, PoolTally> into) {
    from.forEach((name, tally) -> pool(into, name).add(tally));
  }

  private static PoolTally pool(Map<String, PoolTally> tallies, String name) {
    return tallies.computeIfAbsent(name, newName -> new PoolTally());
  }

  private Map<String, PoolTally> pools() {
    if (pools == null) {
      pools = new HashMap<>(2);
    }
    return pools;
  }

  private ScheduleTally schedule() {
    if (schedule == null) {
      schedule = new ScheduleTally();
    }
    return schedule;
  }

  private StreamTally streams() {
    if (streams == null) {
      streams = new StreamTally();
    }
    return streams;
  }

  LabelStats toStats(String label, int topErrors) {
    boolean timed = firstStartMillis <= lastEndMillis;
    long windowMillis = timed ? lastEndMillis - firstStartMillis : 0;
    // A window of 0 ms (one instant sample) has no meaningful rate; 0 reads better than infinity.
    double throughputPerSecond = windowMillis > 0 ? samples * 1000.0 / windowMillis : 0;
    return new LabelStats(label, samples, errors, samples == 0 ? 0 : (double) errors / samples,
        throughputPerSecond, bytesReceived, bytesSent, elapsedAll.toDistribution(),
        elapsedSuccessful.toDistribution(), latencySuccessful.toDistribution(), connectSuccessful.toDistribution(),
        timed ? firstStartMillis : 0, timed ? lastEndMillis : 0, failures.top(topErrors),
        streams == null ? null : streams.toStats(), poolStats(), correctedSuccessful.toDistribution(),
        schedule == null ? null : schedule.toStats());
  }

  /** The label's pool figures, all its pools merged when there are several; null when it has none. */
  private PoolStats poolStats() {
    if (pools == null) {
      return null;
    }
    List<String> names = pools.keySet().stream().sorted().toList();
    PoolTally merged = new PoolTally();
    pools.values().forEach(merged::add);
    return merged.toStats(String.join(", ", names));
  }
}
