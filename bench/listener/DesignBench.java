import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * The two concurrency choices behind StatsRecorder, measured on their hot paths alone (no JMH: warm-up
 * rounds, then the median of timed rounds).
 *
 * <ol>
 *   <li>Per-label figures: a synchronized section per label around four plain histograms and integer
 *       sums (chosen), against four lock-free HdrHistogram Recorders and adders per label.
 *   <li>The time series' open bucket, which every thread writes: plain histograms in stripes picked by
 *       thread id, each behind its own monitor (chosen), against one lock-free ConcurrentHistogram
 *       inside a WriterReaderPhaser critical section (so a bucket can be closed safely).
 * </ol>
 */
public final class DesignBench {

  private static final int LABELS = 20;
  private static final int INPUTS = 1 << 20;
  private static final long[] elapsedOf = new long[INPUTS];
  private static final int[] labelOf = new int[INPUTS];

  /** What one design does per sample. */
  interface Sink {
    void record(int label, long elapsedMillis, boolean successful);
  }

  public static void main(String[] args) throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < INPUTS; i++) {
      elapsedOf[i] = Math.min(Math.round(80 * Math.exp(1.2 * random.nextGaussian())), 300_000);
      labelOf[i] = random.nextInt(LABELS);
    }
    measure("label figures, synchronized per label", () -> perLabel(LockedLabel::new), true);
    measure("label figures, lock-free Recorders per label", () -> perLabel(RecorderLabel::new), true);
    measure("time-series bucket, striped monitors", StripedBucket::new, false);
    measure("time-series bucket, ConcurrentHistogram in a phaser section", PhasedBucket::new, false);
  }

  private static void measure(String design, Supplier<Sink> factory, boolean labelShapes) throws Exception {
    int[][] shapes = labelShapes ? new int[][] {{1, LABELS}, {2, LABELS}, {2, 1}} : new int[][] {{1, 1}, {2, 1}};
    for (int[] shape : shapes) {
      System.out.printf(Locale.ROOT, "%s, %d thread(s)%s: %.1f ns per record per thread%n", design, shape[0],
          labelShapes ? ", " + shape[1] + " label(s)" : "", nanosPerRecord(factory, shape[0], shape[1]));
    }
  }

  private static Sink perLabel(Supplier<Sink> labelFactory) {
    Sink[] labels = new Sink[LABELS];
    Arrays.setAll(labels, label -> labelFactory.get());
    return (label, elapsedMillis, successful) -> labels[label].record(label, elapsedMillis, successful);
  }

  /** @return the median over rounds of wall time per record a thread made */
  private static double nanosPerRecord(Supplier<Sink> factory, int threads, int labels) throws Exception {
    int rounds = 5;
    long perThread = 2_000_000;
    double[] results = new double[rounds];
    for (int round = -2; round < rounds; round++) {
      Sink sink = factory.get();
      CountDownLatch go = new CountDownLatch(1);
      Thread[] workers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        long offset = t * 7L;
        workers[t] = new Thread(() -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            return;
          }
          for (long n = offset; n < offset + perThread; n++) {
            int i = (int) (n & (INPUTS - 1));
            sink.record(labels == 1 ? 0 : labelOf[i], elapsedOf[i], (i & 63) != 0);
          }
        });
        workers[t].start();
      }
      long start = System.nanoTime();
      go.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
      if (round >= 0) {
        results[round] = (double) (System.nanoTime() - start) / perThread;
      }
    }
    Arrays.sort(results);
    return results[rounds / 2];
  }

  /** StatsRecorder's choice for a label: plain state behind the label's monitor. */
  static final class LockedLabel implements Sink {
    private final Histogram all = new Histogram(3);
    private final Histogram successful = new Histogram(3);
    private final Histogram latency = new Histogram(3);
    private final Histogram connect = new Histogram(3);
    private long count;
    private long sum;
    private long sumOfSquaresLow;
    private long sumOfSquaresHigh;
    private long max;

    @Override
    public synchronized void record(int label, long elapsedMillis, boolean ok) {
      count++;
      sum += elapsedMillis;
      long square = elapsedMillis * elapsedMillis;
      sumOfSquaresLow += square;
      if (Long.compareUnsigned(sumOfSquaresLow, square) < 0) {
        sumOfSquaresHigh++;
      }
      max = Math.max(max, elapsedMillis);
      all.recordValue(elapsedMillis);
      if (ok) {
        successful.recordValue(elapsedMillis);
        latency.recordValue(elapsedMillis / 3);
        connect.recordValue(2);
      }
    }
  }

  /** The lock-free alternative for a label: Recorders (read by swapping interval histograms) and adders. */
  static final class RecorderLabel implements Sink {
    private final Recorder all = new Recorder(3);
    private final Recorder successful = new Recorder(3);
    private final Recorder latency = new Recorder(3);
    private final Recorder connect = new Recorder(3);
    private final LongAdder count = new LongAdder();
    private final LongAdder sum = new LongAdder();
    private final LongAdder sumOfSquares = new LongAdder();
    private final AtomicLong max = new AtomicLong();

    @Override
    public void record(int label, long elapsedMillis, boolean ok) {
      count.increment();
      sum.add(elapsedMillis);
      sumOfSquares.add(elapsedMillis * elapsedMillis);
      if (elapsedMillis > max.get()) {
        max.accumulateAndGet(elapsedMillis, Math::max);
      }
      all.recordValue(elapsedMillis);
      if (ok) {
        successful.recordValue(elapsedMillis);
        latency.recordValue(elapsedMillis / 3);
        connect.recordValue(2);
      }
    }
  }

  /** StatsRecorder's choice for an open bucket: stripes by thread id, each behind its monitor. */
  static final class StripedBucket implements Sink {
    private final Stripe[] stripes = new Stripe[4];
    private volatile boolean closed;

    StripedBucket() {
      Arrays.setAll(stripes, i -> new Stripe());
    }

    @Override
    public void record(int label, long elapsedMillis, boolean ok) {
      Stripe stripe = stripes[(int) Thread.currentThread().getId() & 3];
      synchronized (stripe) {
        if (!closed) {
          stripe.record(elapsedMillis, ok);
        }
      }
    }

    static final class Stripe {
      private final Histogram elapsed = new Histogram(2);
      private long errors;
      private long max;

      void record(long elapsedMillis, boolean ok) {
        elapsed.recordValue(elapsedMillis);
        errors += ok ? 0 : 1;
        max = Math.max(max, elapsedMillis);
      }
    }
  }

  /** The lock-free alternative: a phaser section lets a closer wait out writers of a bucket. */
  static final class PhasedBucket implements Sink {
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    private final ConcurrentHistogram elapsed = new ConcurrentHistogram(2);
    private final LongAdder errors = new LongAdder();
    private final AtomicLong max = new AtomicLong();

    @Override
    public void record(int label, long elapsedMillis, boolean ok) {
      long phase = phaser.writerCriticalSectionEnter();
      try {
        elapsed.recordValue(elapsedMillis);
        if (!ok) {
          errors.increment();
        }
        if (elapsedMillis > max.get()) {
          max.accumulateAndGet(elapsedMillis, Math::max);
        }
      } finally {
        phaser.writerCriticalSectionExit(phase);
      }
    }
  }
}
