package io.builderengine.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small HTTP client for tests against a running simulator: HTTP/1.1, bounded timeouts, and
 * JSON helpers. Each instance has its own connection pool, so a test injecting connection faults
 * starts from fresh connections.
 */
public final class TestHttp {

  public static final String API_KEY = "test-key";
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient client;

  public TestHttp(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT).build();
  }

  public HttpClient client() {
    return client;
  }

  /** A request builder for a path, with the default timeout and no credentials. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
  }

  /** GET with {@code Authorization: Bearer test-key}. */
  public HttpResponse<String> get(String path) {
    return send(request(path).header("Authorization", "Bearer " + API_KEY).GET());
  }

  /** POST of a JSON body with {@code Authorization: Bearer test-key}. */
  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Authorization", "Bearer " + API_KEY)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Sends and waits; IO failures become unchecked for brevity. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return trySend(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends and waits, letting IO failures through for tests that expect them. */
  public HttpResponse<String> trySend(HttpRequest.Builder request) throws IOException {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }
}
