package io.builderengine.jmeter.calls;

import java.util.concurrent.TimeUnit;
import org.apache.http.HttpConnectionMetrics;
import org.apache.http.protocol.HttpContext;

/**
 * What one request measured while HttpClient ran it: when a connection was opened, when the
 * response headers arrived, and the byte counters of the connection used. The connection operator
 * and the request executor find it in the request's {@link HttpContext} and fill it in.
 *
 * <p>Not thread-safe: it belongs to one request on one thread. Times are {@link System#nanoTime()}
 * readings; the accessors answer milliseconds since the start.
 */
final class ExchangeMeter {

  private static final String CONTEXT_ATTRIBUTE = ExchangeMeter.class.getName();
  private static final long NOT_YET = Long.MIN_VALUE;

  private final long startNanos;
  private long connectedNanos = NOT_YET;
  private long headersNanos = NOT_YET;
  private HttpConnectionMetrics connectionMetrics;

  ExchangeMeter(long startNanos) {
    this.startNanos = startNanos;
  }

  void attachTo(HttpContext context) {
    context.setAttribute(CONTEXT_ATTRIBUTE, this);
  }

  /** @return the meter of the request running with this context, or null if none was attached */
  static ExchangeMeter of(HttpContext context) {
    return (ExchangeMeter) context.getAttribute(CONTEXT_ATTRIBUTE);
  }

  /** A new connection was opened, or the attempt ended (then the time spent trying counts). */
  void connectEnded(long nanos) {
    connectedNanos = nanos;
  }

  /**
   * The request is about to be written on this connection. The counters are reset, because a
   * kept-alive connection's counters would otherwise include earlier requests.
   */
  void requestStarting(HttpConnectionMetrics metrics) {
    metrics.reset();
    connectionMetrics = metrics;
  }

  void headersReceived(long nanos) {
    headersNanos = nanos;
  }

  /** @return 0 when no connection was opened (a kept-alive one was reused) */
  long connectMillis() {
    return connectedNanos == NOT_YET ? 0 : millisSinceStart(connectedNanos);
  }

  /** @return 0 when no response headers arrived */
  long latencyMillis() {
    return headersNanos == NOT_YET ? 0 : millisSinceStart(headersNanos);
  }

  long elapsedMillis(long endNanos) {
    return millisSinceStart(endNanos);
  }

  /** Read at the end: the counters run on while the body is read. */
  long bytesSent() {
    return connectionMetrics == null ? 0 : connectionMetrics.getSentBytesCount();
  }

  long bytesReceived() {
    return connectionMetrics == null ? 0 : connectionMetrics.getReceivedBytesCount();
  }

  private long millisSinceStart(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos - startNanos);
  }
}
