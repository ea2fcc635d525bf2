package io.builderengine.jmeter.stats;

/**
 * One bucket of the time series: the samples that ended in [startMillis, startMillis + interval).
 *
 * @param activeThreads the most threads JMeter reported active in the bucket
 */
public record IntervalStats(long startMillis, long samples, long errors, double p50Ms, double p95Ms,
    double p99Ms, int activeThreads) {
}
