package io.builderengine.jmeter.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The run's time series: each sample is counted in the bucket its END time falls in, buckets being
 * {@code intervalMillis} wide and aligned on multiples of it since the epoch (whole seconds by default,
 * as in JMeter's dashboard).
 *
 * <p>Memory: only the newest two buckets are open, each with a small {@link IntervalTally} per stripe.
 * A sample for bucket n closes every bucket before n - 1 into an immutable {@link IntervalStats}, so an
 * hour's soak keeps 3600 small records, not 3600 histograms. A sample that still arrives for a closed
 * bucket (a late sample: its thread was held up for more than an interval between the sample's end
 * and the listener call) is added to that bucket's samples, errors and active threads, but its
 * percentiles stay as they were when it closed.
 *
 * <p>Thread-safe. Every sampling thread writes to the open buckets, so each bucket is split in stripes
 * picked by thread id, each a plain tally behind its own monitor: two running threads rarely meet on
 * one, and no counter is written by all of them. The lock-free alternative, one ConcurrentHistogram
 * inside a WriterReaderPhaser section so that a bucket can be closed safely, has every thread increment
 * the same counters; it measured as fast alone at best and 1.2 to 13 times slower with two threads
 * (bench/listener/results.md), and needs a swap-and-drain dance to be read while open. A snapshot
 * merges the stripes under their monitors. Opening and closing buckets (once an interval), late samples
 * and snapshots take the series' lock.
 */
final class IntervalSeries {

  /**
   * The smallest power of two at least twice the cores, so that running threads seldom share a stripe;
   * at most 16, since each costs a small histogram per open bucket.
   */
  private static final int STRIPES =
      Math.min(16, Integer.highestOneBit(Runtime.getRuntime().availableProcessors() * 2 - 1) << 1);

  private final long intervalMillis;
  /** The open bucket of index i sits at floorMod(i, 2): the newest two never share a slot. */
  private final AtomicReferenceArray<OpenInterval> openByParity = new AtomicReferenceArray<>(2);
  private final Object lock = new Object();

  // Guarded by lock.
  private boolean empty = true;
  /** The earliest and latest bucket that had a sample. */
  private long firstIndex;
  private long newestIndex;
  /** Buckets closedStartIndex to newestIndex - 2, in order; empty ones included. */
  private final List<IntervalStats> closed = new ArrayList<>();
  private long closedStartIndex;

  IntervalSeries(long intervalMillis) {
    this.intervalMillis = intervalMillis;
  }

  /** @param elapsedMillis 0 to {@link Integer#MAX_VALUE} */
  void record(long endMillis, long elapsedMillis, boolean successful, int activeThreads) {
    long index = Math.floorDiv(endMillis, intervalMillis);
    OpenInterval open = openByParity.get(parity(index));
    if (open == null || open.index != index || !open.tryRecord(elapsedMillis, successful, activeThreads)) {
      recordOutsideOpenBuckets(index, elapsedMillis, successful, activeThreads);
    }
  }

  /** The first sample of a bucket, or a late one: rare, so it may take the lock. */
  private void recordOutsideOpenBuckets(long index, long elapsedMillis, boolean successful, int activeThreads) {
    synchronized (lock) {
      if (empty) {
        empty = false;
        firstIndex = index;
        newestIndex = index;
        closedStartIndex = index - 1;
      } else if (index > newestIndex) {
        advanceTo(index);
      }
      if (index >= newestIndex - 1) {
        // Cannot fail: only this lock's holder closes a bucket.
        openBucket(index).tryRecord(elapsedMillis, successful, activeThreads);
      } else {
        recordLate(index, successful, activeThreads);
      }
    }
  }

  private void advanceTo(long index) {
    List<OpenInterval> closing = new ArrayList<>(2);
    for (int slot = 0; slot < 2; slot++) {
      OpenInterval open = openByParity.get(slot);
      if (open != null && open.index < index - 1) {
        openByParity.set(slot, null);
        closing.add(open);
      }
    }
    for (long bucket = closedStartIndex + closed.size(); bucket < index - 1; bucket++) {
      closed.add(closedStats(bucket, closing));
    }
    newestIndex = index;
  }

  private IntervalStats closedStats(long bucket, List<OpenInterval> closing) {
    for (OpenInterval open : closing) {
      if (open.index == bucket) {
        return open.close().toStats(startMillis(bucket));
      }
    }
    return emptyStats(bucket);
  }

  private OpenInterval openBucket(long index) {
    int slot = parity(index);
    OpenInterval open = openByParity.get(slot);
    if (open == null) {
      open = new OpenInterval(index);
      openByParity.set(slot, open);
      firstIndex = Math.min(firstIndex, index);
    }
    assert open.index == index : "bucket " + open.index + " was not closed before " + index + " opened";
    return open;
  }

  private void recordLate(long index, boolean successful, int activeThreads) {
    if (index < closedStartIndex) {
      List<IntervalStats> earlier = new ArrayList<>();
      for (long bucket = index; bucket < closedStartIndex; bucket++) {
        earlier.add(emptyStats(bucket));
      }
      closed.addAll(0, earlier);
      closedStartIndex = index;
    }
    firstIndex = Math.min(firstIndex, index);
    int position = (int) (index - closedStartIndex);
    IntervalStats stats = closed.get(position);
    closed.set(position, new IntervalStats(stats.startMillis(), stats.samples() + 1,
        stats.errors() + (successful ? 0 : 1), stats.p50Ms(), stats.p95Ms(), stats.p99Ms(),
        Math.max(stats.activeThreads(), activeThreads)));
  }

  /** @return every bucket from the first to the newest that had a sample, empty ones as zeros */
  List<IntervalStats> snapshot() {
    synchronized (lock) {
      if (empty) {
        return List.of();
      }
      List<IntervalStats> series = new ArrayList<>((int) (newestIndex - firstIndex + 1));
      for (long bucket = firstIndex; bucket <= newestIndex; bucket++) {
        series.add(currentStats(bucket));
      }
      return Collections.unmodifiableList(series);
    }
  }

  private IntervalStats currentStats(long bucket) {
    long position = bucket - closedStartIndex;
    if (position < closed.size()) {
      return closed.get((int) position);
    }
    OpenInterval open = openByParity.get(parity(bucket));
    if (open != null && open.index == bucket) {
      return open.merged().toStats(startMillis(bucket));
    }
    return emptyStats(bucket);
  }

  private IntervalStats emptyStats(long bucket) {
    return new IntervalStats(startMillis(bucket), 0, 0, 0, 0, 0, 0);
  }

  private long startMillis(long bucket) {
    return bucket * intervalMillis;
  }

  private static int parity(long index) {
    return (int) Math.floorMod(index, 2L);
  }

  /** A bucket still taking samples, in stripes. */
  private static final class OpenInterval {

    final long index;
    private final IntervalTally[] stripes = new IntervalTally[STRIPES];
    /** Set before the stripes are drained for good; read under a stripe's monitor. */
    private volatile boolean closed;

    OpenInterval(long index) {
      this.index = index;
      for (int i = 0; i < STRIPES; i++) {
        stripes[i] = new IntervalTally();
      }
    }

    /** @return false when the bucket has closed meanwhile: the sample is late */
    boolean tryRecord(long elapsedMillis, boolean successful, int activeThreads) {
      // JMeter numbers its threads in sequence, so consecutive ids land on different stripes.
      IntervalTally stripe = stripes[(int) Thread.currentThread().getId() & (STRIPES - 1)];
      synchronized (stripe) {
        if (closed) {
          return false;
        }
        stripe.record(elapsedMillis, successful, activeThreads);
        return true;
      }
    }

    /** A writer that saw the bucket open held its stripe's monitor before this merge takes it. */
    IntervalTally close() {
      closed = true;
      return merged();
    }

    IntervalTally merged() {
      IntervalTally merged = new IntervalTally();
      for (IntervalTally stripe : stripes) {
        synchronized (stripe) {
          merged.add(stripe);
        }
      }
      return merged;
    }
  }
}
