package io.builderengine.jmeter.media;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether a stream may go on, and the waits between checks. A stream stops when it is
 * interrupted, the server reports an error, the connection closes, or the server has sent nothing
 * for the read timeout; the first of these found is its failure.
 *
 * <p>Threads: checks and waits run on the session's owner thread; {@link #requestInterrupt()} may
 * come from any thread and wakes the owner's wait, as the read thread does on a close or an error.
 */
final class StreamHealth {

  private final ServerTraffic traffic;
  private final long readTimeoutMillis;
  private final long readTimeoutNanos;
  private volatile boolean interruptRequested;

  StreamHealth(ServerTraffic traffic, long readTimeoutMillis) {
    this.traffic = traffic;
    this.readTimeoutMillis = readTimeoutMillis;
    this.readTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(readTimeoutMillis);
  }

  /** Any thread: the stream is to stop; wakes the owner if it waits. */
  void requestInterrupt() {
    interruptRequested = true;
    traffic.wake();
  }

  boolean interruptRequested() {
    return interruptRequested;
  }

  /**
   * @param quietSinceNanos the stall clock starts here if the server has been quiet since (the
   *     start of the current wait: quiet between segments is no stall)
   * @param framesSent frames sent on the stream so far, for the message
   * @return null if the stream may go on, else why not
   */
  Failure check(long nowNanos, long quietSinceNanos, long framesSent) {
    // Called before every frame: the healthy path reads a few volatiles and builds nothing.
    if (interruptRequested || Thread.currentThread().isInterrupted()) {
      return new Failure(StreamFailure.INTERRUPTED, "interrupted" + after(framesSent));
    }
    String reported = traffic.serverError();
    if (reported != null) {
      return new Failure(StreamFailure.PROTOCOL_ERROR,
          "the server reported an error" + after(framesSent) + ": " + reported);
    }
    CloseEvent close = traffic.closeEvent();
    if (close != null) {
      return closeFailure(close, after(framesSent));
    }
    if (stallInNanos(nowNanos, quietSinceNanos) <= 0) {
      return new Failure(StreamFailure.STALL,
          "no data for " + readTimeoutMillis + " ms" + after(framesSent));
    }
    return null;
  }

  /**
   * Parks until {@code deadlineNanos}, or until the read timeout would pass, or until woken (a
   * close, a server error, an interrupt), whichever comes first. The caller checks again after.
   */
  void park(long nowNanos, long deadlineNanos, long quietSinceNanos) {
    LockSupport.parkNanos(this,
        Math.min(deadlineNanos - nowNanos, stallInNanos(nowNanos, quietSinceNanos)));
  }

  /** Nanoseconds until the read timeout passes without a server message; 0 or less: stalled. */
  private long stallInNanos(long nowNanos, long quietSinceNanos) {
    return Math.max(traffic.lastMessageNanos(), quietSinceNanos) + readTimeoutNanos - nowNanos;
  }

  private static String after(long framesSent) {
    return " after " + framesSent + " frames sent";
  }

  private static Failure closeFailure(CloseEvent close, String after) {
    if (close.isProtocolViolation()) {
      return new Failure(StreamFailure.PROTOCOL_ERROR,
          "closed by the server with " + close.describe() + after);
    }
    if (close.code() == CloseEvent.ABNORMAL) {
      return new Failure(StreamFailure.UNEXPECTED_CLOSE,
          "the connection was lost (" + close.describe() + ")" + after);
    }
    return new Failure(StreamFailure.UNEXPECTED_CLOSE,
        "closed by the server with " + close.describe() + after);
  }
}
