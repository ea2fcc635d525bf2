import io.builderengine.jmeter.media.AudioEncoding;
import io.builderengine.jmeter.media.AudioSources;
import io.builderengine.jmeter.media.MediaStreamSession;
import io.builderengine.jmeter.media.StreamEndpoint;
import io.builderengine.jmeter.media.StreamFailure;
import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.media.StreamSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How many concurrent media streams one JVM sends on time: N platform threads, each with one
 * MediaStreamSession to the simulator (another process), all streaming 20 ms mu-law frames for
 * the same duration, as N JMeter threads would.
 *
 * <p>Phases: a short warm-up of up to 20 streams (JIT); baseline threads and heap (after GC); all
 * N sessions open; streaming starts together, each stream offset by i * 20 ms / N so that the
 * streams' frame slots spread over the interval as independently started calls would; thread
 * count sampled mid-run; after the segment, heap (after GC) with every session still open; then
 * finish() and close() each. CPU is read from /proc for this JVM, the simulator and the machine
 * over the streaming window only; what neither JVM used is reported as other processes'.
 *
 * <p>Prints one line {@code RESULT key=value ...} for run.sh, after a readable summary.
 *
 * <p>Usage: {@code StreamCapacityBench <http base URL> <streams> <seconds> <simulator pid>}
 */
public final class StreamCapacityBench {

  private static final int FRAME_MILLIS = 20;
  private static final int WARMUP_STREAMS = 20;
  private static final long WARMUP_MILLIS = 3_000;
  private static final long CLK_TCK = 100; // USER_HZ, the unit of /proc/<pid>/stat times

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    int streams = Integer.parseInt(args[1]);
    long durationMillis = TimeUnit.SECONDS.toMillis(Long.parseLong(args[2]));
    long simulatorPid = Long.parseLong(args[3]);
    StreamSettings settings = StreamSettings.defaults(
        StreamEndpoint.MEDIA_STREAM.uriFor(baseUrl, null), StreamEndpoint.MEDIA_STREAM)
        .withConnectTimeoutMillis(30_000);

    warmUp(settings, Math.min(streams, WARMUP_STREAMS));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int threadsBefore = threads.getThreadCount();
    long heapBefore = heapUsedAfterGc();

    Run run = new Run(settings, streams, durationMillis);
    run.openAll();
    Cpu cpuStart = Cpu.now(simulatorPid);
    run.start.countDown();
    Thread.sleep(durationMillis / 2);
    int threadsDuring = threads.getThreadCount();
    if (!run.streamed.await(durationMillis + 60_000, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("streams still running a minute after their end");
    }
    Cpu cpuEnd = Cpu.now(simulatorPid);
    long heapOpen = heapUsedAfterGc();
    run.finishGate.countDown();
    run.joinAll();
    Thread.sleep(200);
    int threadsAfter = threads.getThreadCount();

    Histogram lag = run.lagMicros;
    Map<StreamFailure, Integer> failures = run.failures();
    double wallSeconds = (cpuEnd.wallNanos - cpuStart.wallNanos) / 1e9;
    double clientCores = (cpuEnd.processCpuNanos - cpuStart.processCpuNanos) / 1e9 / wallSeconds;
    double simulatorCores =
        (cpuEnd.simulatorTicks - cpuStart.simulatorTicks) / (double) CLK_TCK / wallSeconds;
    double machineBusy = cpuEnd.machineBusyShare(cpuStart);
    // What neither JVM used: other processes on the machine, and the kernel's own threads.
    double otherCores = Math.max(0, machineBusy * Runtime.getRuntime().availableProcessors()
        - clientCores - simulatorCores);
    System.out.printf("streams %d for %d s: frames sent %d, echoed %d, late %d; send lag p50 %.2f"
        + " ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; failures %s%n", streams,
        durationMillis / 1000, run.framesSent(), run.framesEchoed(), run.lateFrames(),
        lag.getValueAtPercentile(50) / 1e3, lag.getValueAtPercentile(99) / 1e3,
        lag.getValueAtPercentile(99.9) / 1e3, lag.getMaxValue() / 1e3, failures);
    System.out.printf("RESULT streams=%d seconds=%d frames_sent=%d frames_echoed=%d late=%d"
            + " p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f unexpected_closes=%d"
            + " other_failures=%d threads_before=%d threads_during=%d threads_after=%d"
            + " threads_per_stream=%.2f heap_per_stream_kb=%.1f client_cores=%.2f"
            + " simulator_cores=%.2f other_cores=%.2f machine_busy_pct=%.0f failures=%s%n",
        streams, durationMillis / 1000, run.framesSent(), run.framesEchoed(), run.lateFrames(),
        lag.getValueAtPercentile(50) / 1e3, lag.getValueAtPercentile(99) / 1e3,
        lag.getValueAtPercentile(99.9) / 1e3, lag.getMaxValue() / 1e3,
        failures.getOrDefault(StreamFailure.UNEXPECTED_CLOSE, 0),
        failures.entrySet().stream().filter(e -> e.getKey() != StreamFailure.UNEXPECTED_CLOSE)
            .mapToInt(Map.Entry::getValue).sum(),
        threadsBefore, threadsDuring, threadsAfter,
        (threadsDuring - threadsBefore) / (double) streams,
        (heapOpen - heapBefore) / 1024.0 / streams, clientCores, simulatorCores, otherCores,
        100 * machineBusy, failures.toString().replace(" ", ""));
  }

  /** JIT-compiles the send and read paths before anything is measured. */
  private static void warmUp(StreamSettings settings, int streams) throws InterruptedException {
    Run run = new Run(settings, streams, WARMUP_MILLIS);
    run.openAll();
    run.start.countDown();
    run.streamed.await();
    run.finishGate.countDown();
    run.joinAll();
  }

  private static long heapUsedAfterGc() throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  /** N streams, each on its own platform thread, moving through the phases together. */
  private static final class Run {

    final CountDownLatch opened;
    final CountDownLatch start = new CountDownLatch(1);
    final CountDownLatch streamed;
    final CountDownLatch finishGate = new CountDownLatch(1);
    final Histogram lagMicros = new Histogram(TimeUnit.MINUTES.toMicros(1), 2);
    private final StreamReport[] streamReports;
    private final StreamReport[] finishReports;
    private final List<Thread> workers = new ArrayList<>();

    Run(StreamSettings settings, int streams, long durationMillis) {
      opened = new CountDownLatch(streams);
      streamed = new CountDownLatch(streams);
      streamReports = new StreamReport[streams];
      finishReports = new StreamReport[streams];
      long phaseStepNanos = TimeUnit.MILLISECONDS.toNanos(FRAME_MILLIS) / streams;
      for (int i = 0; i < streams; i++) {
        int index = i;
        Thread worker = new Thread(() -> {
          MediaStreamSession session = MediaStreamSession.open(settings,
              AudioSources.tone(AudioEncoding.MULAW_8K, 300 + index % 500));
          try {
            opened.countDown();
            start.await();
            LockSupport.parkNanos(index * phaseStepNanos);
            try {
              streamReports[index] = session.stream(durationMillis);
              synchronized (lagMicros) {
                session.addSendLagMicrosTo(lagMicros);
              }
            } finally {
              streamed.countDown();
            }
            finishGate.await();
            finishReports[index] = session.finish();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            session.close();
          }
        }, "stream-" + i);
        workers.add(worker);
      }
    }

    void openAll() throws InterruptedException {
      workers.forEach(Thread::start);
      if (!opened.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("sessions not open after 2 minutes");
      }
    }

    void joinAll() throws InterruptedException {
      for (Thread worker : workers) {
        worker.join();
      }
    }

    long framesSent() {
      return sum(streamReports, StreamReport::framesSent);
    }

    long framesEchoed() {
      return sum(streamReports, StreamReport::framesReceived)
          + sum(finishReports, StreamReport::framesReceived);
    }

    long lateFrames() {
      return sum(streamReports, StreamReport::lateFrames);
    }

    /** Failures by kind: of the streaming segment, or else of finish(). */
    Map<StreamFailure, Integer> failures() {
      Map<StreamFailure, Integer> byKind = new EnumMap<>(StreamFailure.class);
      for (int i = 0; i < streamReports.length; i++) {
        StreamReport failed = !streamReports[i].successful() ? streamReports[i]
            : !finishReports[i].successful() ? finishReports[i] : null;
        if (failed != null) {
          byKind.merge(failed.failure(), 1, Integer::sum);
          if (byKind.get(failed.failure()) == 1) {
            System.out.println("first " + failed.failure() + ": " + failed.failureMessage());
          }
        }
      }
      return byKind;
    }

    private static long sum(StreamReport[] reports,
        java.util.function.ToLongFunction<StreamReport> figure) {
      long total = 0;
      for (StreamReport report : reports) {
        total += report == null ? 0 : figure.applyAsLong(report);
      }
      return total;
    }
  }

  /** CPU counters at one instant: this JVM's, the simulator's and the machine's. */
  private static final class Cpu {

    long wallNanos;
    long processCpuNanos;
    long simulatorTicks;
    long machineBusyTicks;
    long machineTotalTicks;

    static Cpu now(long simulatorPid) throws IOException {
      Cpu cpu = new Cpu();
      cpu.wallNanos = System.nanoTime();
      cpu.processCpuNanos = ((com.sun.management.OperatingSystemMXBean)
          ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      // /proc/<pid>/stat: fields 14 and 15 (utime, stime) after the ")" that ends the name.
      String stat = Files.readString(Path.of("/proc/" + simulatorPid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      cpu.simulatorTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      // /proc/stat "cpu user nice system idle iowait irq softirq steal ...".
      String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      for (int i = 1; i <= 8 && i < machine.length; i++) {
        long ticks = Long.parseLong(machine[i]);
        cpu.machineTotalTicks += ticks;
        if (i != 4 && i != 5) {
          cpu.machineBusyTicks += ticks;
        }
      }
      return cpu;
    }

    double machineBusyShare(Cpu start) {
      return (machineBusyTicks - start.machineBusyTicks)
          / (double) (machineTotalTicks - start.machineTotalTicks);
    }
  }
}
