package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.thresholds.GeneratorCheck;
import io.builderengine.jmeter.thresholds.GeneratorSelfCheck;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;

/**
 * Measures the JVM the listener runs in, the load generator, from the run's start to its end: process
 * CPU time, garbage-collection time and count, and the heap in use after the latest collection. Reads
 * the platform's management beans twice, at start and at the end; nothing runs in between.
 *
 * <p>Thread-safe: immutable once made; {@link #check} only reads the beans.
 */
final class GeneratorMonitor {

  private final long startNanos = System.nanoTime();
  private final long startCpuNanos = processCpuNanos();
  private final long startGcMillis = gcMillis();
  private final long startGcCount = gcCount();
  private final long startHeapAfterGcBytes = heapAfterGcBytes();
  private final double maxCpuShare;
  private final double maxScheduleLagP99Ms;

  /**
   * @param maxCpuShare process CPU share of the machine above which the generator counts as saturated
   * @param maxScheduleLagP99Ms schedule-lag p99 above which the same holds
   */
  GeneratorMonitor(double maxCpuShare, double maxScheduleLagP99Ms) {
    this.maxCpuShare = maxCpuShare;
    this.maxScheduleLagP99Ms = maxScheduleLagP99Ms;
  }

  /** @param scheduleLagP99Ms the run's p99 start lag of scheduled samples; NaN when none had a slot */
  GeneratorCheck check(double scheduleLagP99Ms) {
    int processors = Runtime.getRuntime().availableProcessors();
    long wallNanos = System.nanoTime() - startNanos;
    long endCpuNanos = processCpuNanos();
    // At most the whole machine: the process CPU clock advances in scheduler ticks, so over a short
    // run it can read more than the wall time allows, and a limit of 1 must mean "never saturated".
    double cpuShare = startCpuNanos < 0 || endCpuNanos < 0 || wallNanos <= 0 ? Double.NaN
        : Math.min(1.0, (double) (endCpuNanos - startCpuNanos) / wallNanos / processors);
    return GeneratorSelfCheck.check(cpuShare, processors, gcMillis() - startGcMillis, gcCount() - startGcCount,
        startHeapAfterGcBytes, heapAfterGcBytes(), scheduleLagP99Ms, maxCpuShare, maxScheduleLagP99Ms);
  }

  /** @return -1 when the JVM does not report it */
  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  private static long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  private static long gcCount() {
    long count = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
    }
    return count;
  }

  /** @return the heap's pools' usage after their latest collection, summed; -1 when none has been collected */
  private static long heapAfterGcBytes() {
    long bytes = 0;
    boolean collected = false;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterGc != null) {
        bytes += afterGc.getUsed();
        collected |= afterGc.getUsed() > 0;
      }
    }
    return collected ? bytes : -1;
  }
}
