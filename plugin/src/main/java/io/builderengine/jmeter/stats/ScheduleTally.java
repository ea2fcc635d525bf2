package io.builderengine.jmeter.stats;

/**
 * Builds one {@link ScheduleStats}: counts and histograms of start lag and generator lag, in memory
 * that does not grow with the number of samples (about 35 KB while lags stay under 2 s).
 *
 * <p>Not thread-safe: it belongs to a {@link SampleTally}, under whose owner's lock it records.
 */
final class ScheduleTally {

  /**
   * A start this much after its slot is late: well above a timer's wake-up jitter (a millisecond or
   * two), well below a latency anyone would set a limit on.
   */
  static final long LATE_AFTER_MILLIS = 10;

  private final DistributionTally startLag = new DistributionTally();
  private final DistributionTally generatorLag = new DistributionTally();
  private long lateStarts;

  /**
   * @param startLagMillis start minus slot, 0 to {@link Integer#MAX_VALUE}
   * @param generatorLagMillis the part of it after a thread was free to start the sample
   */
  void record(long startLagMillis, long generatorLagMillis) {
    startLag.record(startLagMillis);
    generatorLag.record(generatorLagMillis);
    if (startLagMillis > LATE_AFTER_MILLIS) {
      lateStarts++;
    }
  }

  void add(ScheduleTally other) {
    startLag.add(other.startLag);
    generatorLag.add(other.generatorLag);
    lateStarts += other.lateStarts;
  }

  ScheduleStats toStats() {
    Distribution lag = startLag.toDistribution();
    return new ScheduleStats(lag.count(), lateStarts, LATE_AFTER_MILLIS, lag, generatorLag.toDistribution());
  }
}
