package io.builderengine.jmeter.calls;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.http.HttpRequest;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * Runs one HTTP exchange and records it as a {@link CallStep}: timings, sizes, headers, the bounded
 * body, and a message naming the cause when it failed. Never throws for a failed exchange.
 *
 * <p>Not thread-safe: it owns one connection, used by one thread at a time.
 */
final class StepRunner implements Closeable {

  private final CallTarget target;
  private final CloseableHttpClient client;
  private final ResponseBodyReader bodies = new ResponseBodyReader(CallApiClient.MAX_KEPT_BODY_BYTES);

  StepRunner(CallTarget target) {
    this.target = target;
    this.client = SingleConnectionClients.create(target);
  }

  /**
   * @param name the step's name
   * @param method "GET" or "POST"
   * @param path appended to the base URL
   * @param jsonBody the body of a POST, empty for none
   */
  CallStep run(String name, String method, String path, String jsonBody) {
    String url = target.baseUrl() + path;
    StepBuilder step = new StepBuilder(name, method, url, System.currentTimeMillis(), jsonBody);
    ExchangeMeter meter = new ExchangeMeter(System.nanoTime());
    HttpClientContext context = HttpClientContext.create();
    meter.attachTo(context);
    HttpRequestBase request = null;
    try {
      URI uri = URI.create(url);
      request = request(method, uri, jsonBody);
      try (CloseableHttpResponse response = client.execute(request, context)) {
        step.response(response);
        step.responseBody(bodies.read(response.getEntity()));
        step.requestHeaders(sentRequest(context, request));
        return step.answered(meter, System.nanoTime());
      } catch (IOException failure) {
        step.requestHeaders(sentRequest(context, request));
        return step.failed(FailureMessages.describe(failure, method, uri, target), meter,
            System.nanoTime());
      }
    } catch (RuntimeException failure) {
      if (request != null) {
        step.requestHeaders(sentRequest(context, request));
      }
      return step.failed(FailureMessages.describe(failure, method, url), meter, System.nanoTime());
    }
  }

  /** A step that failed before any request was sent, e.g. for want of a call id. */
  CallStep notSent(String name, String method, String path, String reason) {
    StepBuilder step = new StepBuilder(name, method, target.baseUrl() + path,
        System.currentTimeMillis(), "");
    long nowNanos = System.nanoTime();
    return step.failed(reason, new ExchangeMeter(nowNanos), nowNanos);
  }

  /** Closes the connection, if one is open. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // Closing a socket that will not close cleanly leaves it closed all the same: nothing to do,
      // and a JMeter thread ending its test must not fail for it.
    }
  }

  private static HttpRequestBase request(String method, URI uri, String jsonBody) {
    switch (method) {
      case "GET":
        return new HttpGet(uri);
      case "POST":
        HttpPost post = new HttpPost(uri);
        // An empty POST still sends Content-Length: 0, as the old suite's requests.post(url) did.
        post.setEntity(new ByteArrayEntity(jsonBody.getBytes(StandardCharsets.UTF_8),
            ContentType.APPLICATION_JSON));
        return post;
      default:
        throw new IllegalArgumentException("unsupported method " + method);
    }
  }

  /** The request as written, with the headers HttpClient added, when it got that far. */
  private static HttpRequest sentRequest(HttpClientContext context, HttpRequest fallback) {
    HttpRequest sent = context.getRequest();
    return sent == null ? fallback : sent;
  }
}
