package io.builderengine.jmeter.stats;

import java.util.List;

/**
 * A consistent snapshot of a run's statistics.
 *
 * @param overall all top-level samples of all labels; steps are not in it
 * @param labels one entry per label of top-level samples, sorted by label
 * @param steps one entry per label of sub-results (a call's "Call - initiate", a transaction's
 *     children, a redirect), sorted by label; apart from the labels even where a name is in both
 * @param pools one entry per database connection pool, from every sample and step that ran on it,
 *     sorted by pool name; empty when the run had no database sample
 * @param timeSeries buckets of top-level samples in time order, empty buckets included between the first
 *     and the last
 * @param intervalMillis width of a time-series bucket
 * @param percentileMethod how percentiles are computed, for the reports
 * @param relativeError the histograms' worst relative error of a percentile (e.g. 0.001)
 */
public record RunStats(LabelStats overall, List<LabelStats> labels, List<LabelStats> steps, List<PoolStats> pools,
    List<IntervalStats> timeSeries, long intervalMillis, String percentileMethod, double relativeError) {
}
