package io.builderengine.jmeter.media;

/**
 * Round-trip times since the last {@link #drain()}: WebSocket pings to their pongs, and on the
 * control socket ping messages to their pong messages. Thread-safe: the read thread records and
 * the sending thread drains, under this object's monitor, which sees a few dozen uncontended
 * acquisitions a second at most.
 */
final class RoundTrips {

  private static final double NANOS_PER_MILLI = 1e6;

  private long count;
  private long sumNanos;
  private long maxNanos;

  /** The count, mean and maximum of round trips since the previous drain. */
  record Summary(long count, double avgMillis, double maxMillis) {
  }

  synchronized void record(long roundTripNanos) {
    count++;
    sumNanos += roundTripNanos;
    maxNanos = Math.max(maxNanos, roundTripNanos);
  }

  /** Returns the round trips since the previous drain and starts counting anew. */
  synchronized Summary drain() {
    Summary summary = new Summary(count, count == 0 ? 0 : sumNanos / NANOS_PER_MILLI / count,
        maxNanos / NANOS_PER_MILLI);
    count = 0;
    sumNanos = 0;
    maxNanos = 0;
    return summary;
  }
}
