import io.builderengine.jmeter.stats.RunStats;
import io.builderengine.jmeter.stats.StatsRecorder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * StatsRecorder.record() cost and StatsRecorder's retained heap, without JMH: warm-up rounds, then
 * the median of timed rounds. Inputs are precomputed so the figures are record()'s, not a random
 * generator's: 20 labels, log-normal elapsed times (median 80 ms, a tail to minutes), 2% failures
 * whose messages carry request ids (so every label fills its 100 tracked failures). Sample times follow
 * a simulated clock: 100,000 samples a second for the timings (a bucket of the time series then closes
 * every few milliseconds of real time, as often as the hot path, not the bucket turnover, dominates),
 * 2,000 a second for the heap (10M records are then an 83-minute soak of 5,000 buckets).
 */
public final class RecorderBench {

  private static final int LABELS = 20;
  private static final int INPUTS = 1 << 20;
  private static final long T0 = 1_700_000_000_000L;
  private static final long TIMING_SAMPLES_PER_SECOND = 100_000;
  private static final long SOAK_SAMPLES_PER_SECOND = 2_000;

  private static final String[] labelNames = new String[LABELS];
  private static final int[] labelOf = new int[INPUTS];
  private static final long[] elapsedOf = new long[INPUTS];
  private static final boolean[] successfulOf = new boolean[INPUTS];
  private static final String[] messageOf = new String[INPUTS];

  /** With the argument {@code heap}, only the retained heap (seconds, for bench/run's smoke mode). */
  public static void main(String[] args) throws Exception {
    prepareInputs();
    if (args.length > 0 && args[0].equals("heap")) {
      retainedHeap();
      return;
    }
    int rounds = 5;
    long perRound = 5_000_000;
    System.out.printf(Locale.ROOT, "single thread, 20 labels: %.1f ns per record%n",
        nanosPerRecord(1, perRound, rounds, false));
    System.out.printf(Locale.ROOT, "single thread, 1 label: %.1f ns per record%n",
        nanosPerRecord(1, perRound, rounds, true));
    System.out.printf(Locale.ROOT, "2 threads, 20 labels: %.1f ns per record per thread%n",
        nanosPerRecord(2, perRound, rounds, false));
    System.out.printf(Locale.ROOT, "2 threads, both on one label: %.1f ns per record per thread%n",
        nanosPerRecord(2, perRound, rounds, true));
    retainedHeap();
  }

  private static void prepareInputs() {
    Random random = new Random(7);
    for (int label = 0; label < LABELS; label++) {
      labelNames[label] = "step-" + label;
    }
    for (int i = 0; i < INPUTS; i++) {
      labelOf[i] = random.nextInt(LABELS);
      elapsedOf[i] = Math.min(Math.round(80 * Math.exp(1.2 * random.nextGaussian())), 300_000);
      successfulOf[i] = random.nextInt(50) != 0;
      messageOf[i] = successfulOf[i] ? "OK" : "upstream failed, request id " + random.nextInt(1_000_000);
    }
  }

  /** Records count samples starting at the first'th of the simulated run. */
  private static void record(StatsRecorder recorder, long first, long count, int onlyLabel, long samplesPerSecond) {
    for (long n = first; n < first + count; n++) {
      int i = (int) (n & (INPUTS - 1));
      String label = labelNames[onlyLabel >= 0 ? onlyLabel : labelOf[i]];
      long start = T0 + n * 1000 / samplesPerSecond;
      boolean ok = successfulOf[i];
      recorder.record(label, start, elapsedOf[i], elapsedOf[i] / 3, 2, ok, ok ? "200" : "502", messageOf[i],
          4_000, 600, 50);
    }
  }

  /** @return the median over rounds of wall time per record a thread made */
  private static double nanosPerRecord(int threads, long recordsPerThread, int rounds, boolean oneLabel)
      throws Exception {
    double[] results = new double[rounds];
    for (int round = -2; round < rounds; round++) {
      StatsRecorder recorder = new StatsRecorder();
      CountDownLatch go = new CountDownLatch(1);
      Thread[] workers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        int thread = t;
        workers[t] = new Thread(() -> {
          awaitQuietly(go);
          // Threads interleave in simulated time, as JMeter threads do.
          record(recorder, thread * 7L, recordsPerThread, oneLabel ? 0 : -1, TIMING_SAMPLES_PER_SECOND);
        });
        workers[t].start();
      }
      long startNanos = System.nanoTime();
      go.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
      double nanos = (double) (System.nanoTime() - startNanos) / recordsPerThread;
      if (round >= 0) {
        results[round] = nanos;
      }
    }
    Arrays.sort(results);
    return results[rounds / 2];
  }

  private static void retainedHeap() throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = usedAfterGc(memory);
    StatsRecorder recorder = new StatsRecorder();
    record(recorder, 0, 1_000_000, -1, SOAK_SAMPLES_PER_SECOND);
    recorder.snapshot();
    long after1M = usedAfterGc(memory) - baseline;
    record(recorder, 1_000_000, 9_000_000, -1, SOAK_SAMPLES_PER_SECOND);
    long snapshotStart = System.nanoTime();
    RunStats stats = recorder.snapshot();
    double snapshotMillis = (System.nanoTime() - snapshotStart) / 1e6;
    long after10M = usedAfterGc(memory) - baseline;
    System.out.printf(Locale.ROOT, "retained heap after 1M records: %.2f MB%n", after1M / 1e6);
    System.out.printf(Locale.ROOT, "retained heap after 10M records: %.2f MB%n", after10M / 1e6);
    System.out.printf(Locale.ROOT, "growth 1M -> 10M: %.2f MB (time series: %d buckets)%n",
        (after10M - after1M) / 1e6, stats.timeSeries().size());
    System.out.printf(Locale.ROOT, "snapshot() with 20 labels and %d buckets: %.1f ms%n",
        stats.timeSeries().size(), snapshotMillis);
    System.out.printf(Locale.ROOT, "check: %d samples, %d errors, p99 of all %.0f ms%n", stats.overall().samples(),
        stats.overall().errors(), stats.overall().elapsedAll().p99Ms());
    Reference.reachabilityFence(recorder);
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
