package io.builderengine.jmeter.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every sample of a run and hands out {@link RunStats} snapshots: per label and overall
 * counts, error rates, throughput, bytes, distributions of elapsed (all and successful samples),
 * latency and connect time (successful samples), the most frequent failures, and a time series. A
 * sample that carries its slot in a rate schedule is also measured from that slot (coordinated-omission
 * corrected latency, {@link LabelStats#correctedSuccessful()}) and adds to its label's
 * {@link ScheduleStats}.
 *
 * <p>Steps, the sub-results of a sample (a call's "Call - initiate", a transaction's children, a
 * redirect), get the same figures per step label, kept apart from the labels: they stay out of the
 * overall row and the time series, so a call of four steps still counts as one sample. A sample or
 * step that carries {@link StreamQuality} figures adds them to its label's {@link StreamStats}; one
 * that carries {@link PoolUsage} figures (a database sample) adds them to its label's
 * {@link PoolStats}, and the snapshot gathers them by pool across labels and steps.
 *
 * <p>Percentiles come from HdrHistograms with 3 significant digits ({@value #RELATIVE_ERROR} relative
 * error) whose highest trackable value resizes itself to the largest value seen; values are whole
 * milliseconds, negative ones counted as 0 and ones beyond {@link Integer#MAX_VALUE} (24 days) as that.
 * Mean and standard deviation are exact. Memory per label or step is constant however long the run:
 * about 70 KB for a label whose samples stay under 2 s, at most about 0.75 MB, and up to 0.2 MB more
 * for one with media streams or database samples; the time series grows by one small record per interval.
 *
 * <p>Thread-safe, for JMeter's listener call on every sampling thread at once, and without a lock shared
 * by all samples: a label's figures sit behind that label's own monitor, held for a few dozen
 * nanoseconds (four histogram increments and some additions), and the time series' open buckets are
 * striped by thread ({@link IntervalSeries}). The overall row is merged from the labels at snapshot
 * time rather than kept, so no write on the hot path goes to memory every thread writes. Measured
 * (bench/listener/results.md), the per-label monitor beat lock-free HdrHistogram {@code Recorder}s per
 * label several times over, alone and with two threads on one label: a Recorder costs about six atomic
 * read-modify-writes per value, on counters all its writers share, four values a sample, where the
 * monitor costs one compare-and-swap.
 */
public final class StatsRecorder {

  public static final long DEFAULT_INTERVAL_MILLIS = 1000;
  public static final int DEFAULT_TOP_ERRORS_PER_LABEL = 5;
  /** Distinct (code, message) failures counted exactly per label; later new ones count as "other". */
  public static final int DISTINCT_FAILURES_TRACKED_PER_LABEL = 100;
  /** The response code of the {@link ErrorCount} that sums the failures beyond those tracked. */
  public static final String OTHER_FAILURES_CODE = "other";
  public static final String OTHER_FAILURES_MESSAGE =
      "failures beyond the " + DISTINCT_FAILURES_TRACKED_PER_LABEL + " distinct code and message pairs tracked";
  /** {@link LabelStats#label()} of the overall row. */
  public static final String TOTAL_LABEL = "TOTAL";
  public static final double RELATIVE_ERROR = 0.001;
  public static final String PERCENTILE_METHOD = "HdrHistogram, " + DistributionTally.SIGNIFICANT_DIGITS
      + " significant digits, nearest rank (highest equivalent value, capped at the exact maximum); "
      + "mean and population standard deviation exact; time-series percentiles "
      + IntervalTally.SIGNIFICANT_DIGITS + " significant digits";

  private final long intervalMillis;
  private final int topErrorsPerLabel;
  private final ConcurrentHashMap<String, SampleTally> talliesByLabel = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, SampleTally> talliesByStep = new ConcurrentHashMap<>();
  private final IntervalSeries series;

  /** A recorder with 1 s buckets and the 5 most frequent failures per label. */
  public StatsRecorder() {
    this(DEFAULT_INTERVAL_MILLIS, DEFAULT_TOP_ERRORS_PER_LABEL);
  }

  /**
   * @param intervalMillis time-series bucket width (default 1000)
   * @param topErrorsPerLabel how many distinct failures to report per label (default 5)
   */
  public StatsRecorder(long intervalMillis, int topErrorsPerLabel) {
    if (intervalMillis < 1) {
      throw new IllegalArgumentException("intervalMillis must be at least 1, got " + intervalMillis);
    }
    if (topErrorsPerLabel < 0 || topErrorsPerLabel > DISTINCT_FAILURES_TRACKED_PER_LABEL) {
      throw new IllegalArgumentException("topErrorsPerLabel must be 0 to " + DISTINCT_FAILURES_TRACKED_PER_LABEL
          + " (the distinct failures tracked per label), got " + topErrorsPerLabel);
    }
    this.intervalMillis = intervalMillis;
    this.topErrorsPerLabel = topErrorsPerLabel;
    this.series = new IntervalSeries(intervalMillis);
  }

  /** Records a top-level sample that carries no media-stream or pool figures: the form below, with none. */
  public void record(String label, long startMillis, long elapsedMillis, long latencyMillis, long connectMillis,
      boolean successful, String responseCode, String responseMessage, long bytesReceived, long bytesSent,
      int activeThreads) {
    record(label, startMillis, elapsedMillis, latencyMillis, connectMillis, successful, responseCode, responseMessage,
        bytesReceived, bytesSent, activeThreads, null, null, 0, 0);
  }

  /**
   * Records a top-level sample. Hot path: called concurrently by every JMeter sampling thread; cheap,
   * thread-safe, allocation-light (nothing for a successful sample of a known label, but for a new
   * time-series bucket once an interval), never blocks on I/O.
   *
   * @param startMillis epoch ms; a sample without one (0 or less, as JMeter leaves a result whose
   *     sampler never started) counts everywhere but in the active window and the time series
   * @param connectMillis of a database sample ({@code pool} given), the wait for a pooled connection
   * @param activeThreads JMeter's count of active threads (all groups) when the sample ended
   * @param stream the sample's media-stream figures, or null when it carries none; read at once
   * @param pool the sample's connection-pool figures, or null when it carries none; read at once
   * @param intendedStartMillis epoch ms at which the sample's rate schedule meant it to start (its slot
   *     from a Target Rate Timer), 0 when it had none; its corrected latency runs from there
   * @param threadFreeAfterSlotMillis how long after the slot a thread was first free to take it (0 when one
   *     was waiting for it): the part of a late start spent waiting for a thread, not on the generator
   */
  public void record(String label, long startMillis, long elapsedMillis, long latencyMillis, long connectMillis,
      boolean successful, String responseCode, String responseMessage, long bytesReceived, long bytesSent,
      int activeThreads, StreamQuality stream, PoolUsage pool, long intendedStartMillis,
      long threadFreeAfterSlotMillis) {
    long elapsed = clampedMillis(elapsedMillis);
    recordInto(talliesByLabel, label, startMillis, elapsed, latencyMillis, connectMillis, successful, responseCode,
        responseMessage, bytesReceived, bytesSent, stream, pool, intendedStartMillis, threadFreeAfterSlotMillis);
    if (startMillis > 0) {
      series.record(startMillis + elapsed, elapsed, successful, activeThreads);
    }
  }

  /**
   * Records a step, a sub-result of a sample: into its step label's figures only, not into the
   * overall row or the time series. Hot path, as cheap as {@link #record} and as thread-safe.
   *
   * @param startMillis epoch ms; a step without one counts everywhere but in the active window
   * @param stream the step's media-stream figures, or null when it carries none; read at once
   * @param pool the step's connection-pool figures, or null when it carries none; read at once
   */
  public void recordStep(String label, long startMillis, long elapsedMillis, long latencyMillis, long connectMillis,
      boolean successful, String responseCode, String responseMessage, long bytesReceived, long bytesSent,
      StreamQuality stream, PoolUsage pool) {
    recordInto(talliesByStep, label, startMillis, clampedMillis(elapsedMillis), latencyMillis, connectMillis,
        successful, responseCode, responseMessage, bytesReceived, bytesSent, stream, pool, 0, 0);
  }

  /** @param clampedElapsedMillis already through {@link #clampedMillis}, as the time series needs it too */
  private static void recordInto(ConcurrentHashMap<String, SampleTally> tallies, String label, long startMillis,
      long clampedElapsedMillis, long latencyMillis, long connectMillis, boolean successful, String responseCode,
      String responseMessage, long bytesReceived, long bytesSent, StreamQuality stream, PoolUsage pool,
      long intendedStartMillis, long threadFreeAfterSlotMillis) {
    Objects.requireNonNull(label, "label");
    SampleTally tally = tallies.get(label);
    if (tally == null) {
      tally = tallies.computeIfAbsent(label, newLabel -> new SampleTally(DISTINCT_FAILURES_TRACKED_PER_LABEL));
    }
    synchronized (tally) {
      tally.record(startMillis, clampedElapsedMillis, clampedMillis(latencyMillis), clampedMillis(connectMillis),
          successful, responseCode, responseMessage, bytesReceived, bytesSent, stream, pool, intendedStartMillis,
          threadFreeAfterSlotMillis);
    }
  }

  /**
   * A consistent snapshot, which may be taken while recording goes on: each label's and step's figures
   * are read at one instant under its monitor, and the overall row is exactly the labels' sum. The
   * steps and the time series are read a moment later, so they may hold samples the labels do not (or
   * the other way round) when recording continues. Labels, steps and pools are sorted by name; a pool's
   * figures are those of its labels and steps together.
   */
  public RunStats snapshot() {
    SampleTally overall = new SampleTally(Integer.MAX_VALUE);
    Map<String, PoolTally> pools = new HashMap<>();
    List<LabelStats> labels = snapshot(talliesByLabel, overall, pools);
    List<LabelStats> steps = snapshot(talliesByStep, null, pools);
    return new RunStats(overall.toStats(TOTAL_LABEL, topErrorsPerLabel), labels, steps, poolStats(pools),
        series.snapshot(), intervalMillis, PERCENTILE_METHOD, RELATIVE_ERROR);
  }

  /**
   * @param sum the tally each label's figures are added to, or null
   * @param pools the tallies each label's pool figures are added to, by pool
   */
  private List<LabelStats> snapshot(ConcurrentHashMap<String, SampleTally> tallies, SampleTally sum,
      Map<String, PoolTally> pools) {
    List<String> names = new ArrayList<>(tallies.keySet());
    names.sort(null);
    List<LabelStats> stats = new ArrayList<>(names.size());
    for (String name : names) {
      SampleTally live = tallies.get(name);
      // Copy under the monitor, compute percentiles outside it: sampling threads wait microseconds.
      SampleTally copy = new SampleTally(DISTINCT_FAILURES_TRACKED_PER_LABEL);
      synchronized (live) {
        copy.add(live);
      }
      if (sum != null) {
        sum.add(copy);
      }
      copy.addPoolsTo(pools);
      stats.add(copy.toStats(name, topErrorsPerLabel));
    }
    return List.copyOf(stats);
  }

  private static List<PoolStats> poolStats(Map<String, PoolTally> pools) {
    return pools.keySet().stream().sorted().map(name -> pools.get(name).toStats(name)).toList();
  }

  /** HdrHistogram rejects negative values, and ExactMoments squares values, which must fit a long. */
  private static long clampedMillis(long millis) {
    return Math.max(0, Math.min(millis, Integer.MAX_VALUE));
  }
}
