package io.builderengine.jmeter.plans;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The JVM's live threads, but the simulator's own (it stands in for a remote platform). */
final class LiveThreads {

  private static final String SIMULATOR_PREFIX = "simulator-";

  private LiveThreads() {
  }

  static List<String> names() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> !name.startsWith(SIMULATOR_PREFIX))
        .sorted()
        .toList();
  }

  /** Waits up to {@code seconds} for the live threads to fall back to {@code baseline}'s count. */
  static List<String> awaitAtMost(int baseline, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<String> live = names();
    while (live.size() > baseline && System.nanoTime() < deadline) {
      Thread.sleep(50);
      live = names();
    }
    return live;
  }
}
