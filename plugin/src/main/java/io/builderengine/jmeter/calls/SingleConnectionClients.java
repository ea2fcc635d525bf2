package io.builderengine.jmeter.calls;

import io.builderengine.jmeter.tls.TlsContexts;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.ConnectionKeepAliveStrategy;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultConnectionKeepAliveStrategy;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.BasicHttpClientConnectionManager;
import org.apache.http.impl.conn.DefaultHttpClientConnectionOperator;
import org.apache.http.message.BasicHeader;

/**
 * Builds the HttpClient of one simulated caller: one kept-alive connection, blocking I/O on the
 * caller's thread and no background thread (no idle-connection evictor), metered by
 * {@link ExchangeMeter}. Stateless and thread-safe; each client it builds is for one thread.
 */
final class SingleConnectionClients {

  /**
   * The platform runs on uvicorn, which closes a connection idle for 5 s. Reusing one it is closing
   * fails the next request, and retries are off, so connections idle this long are not reused.
   */
  static final long MAX_IDLE_REUSE_MILLIS = 4_000;

  static final String USER_AGENT = "builderengine-jmeter-plugin";

  private SingleConnectionClients() {
  }

  static CloseableHttpClient create(CallTarget target) {
    Registry<ConnectionSocketFactory> socketFactories = RegistryBuilder.<ConnectionSocketFactory>create()
        .register("http", PlainConnectionSocketFactory.getSocketFactory())
        // Certificates checked against the run's trust (the JVM's trust store unless the config adds
        // a CA file or self-signed certificates), host names always: a load test hits the real certificate.
        .register("https", new SSLConnectionSocketFactory(TlsContexts.forTrust(target.tls()),
            SSLConnectionSocketFactory.getDefaultHostnameVerifier()))
        .build();
    BasicHttpClientConnectionManager connections = new BasicHttpClientConnectionManager(
        new MeteringConnectionOperator(new DefaultHttpClientConnectionOperator(socketFactories, null, null)),
        null);
    connections.setSocketConfig(SocketConfig.custom()
        .setSoTimeout(target.responseTimeoutMillis())
        .setTcpNoDelay(true)
        .build());
    RequestConfig timeouts = RequestConfig.custom()
        .setConnectTimeout(target.connectTimeoutMillis())
        .setSocketTimeout(target.responseTimeoutMillis())
        .setConnectionRequestTimeout(target.connectTimeoutMillis())
        .build();
    return HttpClients.custom()
        .setConnectionManager(connections)
        .setRequestExecutor(new MeteringRequestExecutor())
        .setDefaultRequestConfig(timeouts)
        .setDefaultHeaders(defaultHeaders(target))
        .setUserAgent(USER_AGENT)
        .setKeepAliveStrategy(boundedKeepAlive())
        // Every failure is a data point of the test: a silent retry would hide it and add load.
        .disableAutomaticRetries()
        // A 3xx is an answer in itself (success is 200-399), not something to chase.
        .disableRedirectHandling()
        .build();
  }

  private static List<Header> defaultHeaders(CallTarget target) {
    List<Header> headers = new ArrayList<>();
    headers.add(new BasicHeader(HttpHeaders.CONTENT_TYPE, ContentType.APPLICATION_JSON.getMimeType()));
    headers.add(new BasicHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType()));
    if (target.hasApiKey()) {
      // The platform checks X-API-Key first and Bearer second; the SDKs send both.
      headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "Bearer " + target.apiKey()));
      headers.add(new BasicHeader(HeaderText.API_KEY_HEADER, target.apiKey()));
    }
    if (!target.organizationId().isEmpty()) {
      headers.add(new BasicHeader("X-Organization-ID", target.organizationId()));
    }
    return headers;
  }

  private static ConnectionKeepAliveStrategy boundedKeepAlive() {
    return (response, context) -> {
      long serverMillis = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, context);
      return serverMillis > 0 ? Math.min(serverMillis, MAX_IDLE_REUSE_MILLIS) : MAX_IDLE_REUSE_MILLIS;
    };
  }
}
