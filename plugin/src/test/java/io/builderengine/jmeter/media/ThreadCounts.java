package io.builderengine.jmeter.media;

import java.util.List;
import java.util.stream.Collectors;

/** Live threads, for tests that a session leaves none behind. */
final class ThreadCounts {

  private ThreadCounts() {
  }

  /** Every live thread in the JVM. */
  static int live() {
    return Thread.getAllStackTraces().size();
  }

  /**
   * The live threads of Java-WebSocket clients: WebSocketConnectReadThread-N and
   * WebSocketWriteThread-N (its server's threads have other names).
   */
  static List<String> clientThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("WebSocketConnectReadThread-")
            || name.startsWith("WebSocketWriteThread-"))
        .collect(Collectors.toList());
  }
}
