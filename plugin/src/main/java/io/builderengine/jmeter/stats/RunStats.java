package io.builderengine.jmeter.stats;

import java.util.List;

/**
 * A consistent snapshot of a run's statistics.
 *
 * @param overall all samples of all labels
 * @param labels one entry per label, sorted by label
 * @param timeSeries buckets in time order, empty buckets included between the first and the last
 * @param intervalMillis width of a time-series bucket
 * @param percentileMethod how percentiles are computed, for the reports
 * @param relativeError the histograms' worst relative error of a percentile (e.g. 0.001)
 */
public record RunStats(LabelStats overall, List<LabelStats> labels, List<IntervalStats> timeSeries,
    long intervalMillis, String percentileMethod, double relativeError) {
}
