package io.builderengine.jmeter.calls;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.apache.http.HttpHost;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.HttpClientConnectionOperator;
import org.apache.http.conn.ManagedHttpClientConnection;
import org.apache.http.protocol.HttpContext;

/**
 * Opens connections through HttpClient's own operator and tells the request's
 * {@link ExchangeMeter} when the connection (name lookup, TCP and, for https, TLS) is done, or when
 * the attempt failed. It is only called for new connections, which is how a reused one shows
 * a connect time of 0. Thread-safe when the delegate is.
 */
final class MeteringConnectionOperator implements HttpClientConnectionOperator {

  private final HttpClientConnectionOperator delegate;

  MeteringConnectionOperator(HttpClientConnectionOperator delegate) {
    this.delegate = delegate;
  }

  @Override
  public void connect(ManagedHttpClientConnection connection, HttpHost host,
      InetSocketAddress localAddress, int connectTimeoutMillis, SocketConfig socketConfig,
      HttpContext context) throws IOException {
    try {
      delegate.connect(connection, host, localAddress, connectTimeoutMillis, socketConfig, context);
    } finally {
      ExchangeMeter meter = ExchangeMeter.of(context);
      if (meter != null) {
        meter.connectEnded(System.nanoTime());
      }
    }
  }

  @Override
  public void upgrade(ManagedHttpClientConnection connection, HttpHost host, HttpContext context)
      throws IOException {
    delegate.upgrade(connection, host, context);
  }
}
