package io.builderengine.jmeter.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.jmeter.config.model.Secret;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts one message to a Slack incoming webhook: {@code {"text": ...}} as application/json, with the
 * JDK's HTTP client.
 *
 * <p>The webhook URL is a credential: anyone holding it can post to the channel, and the secret part
 * is its path. So nothing this class returns or throws contains more of it than
 * {@link #destination()}, the scheme and host.
 *
 * <p>Bounded: {@link #send} gives up after the connect timeout (5 s) or the request timeout (10 s,
 * the whole exchange), and never throws; it blocks its caller meanwhile, so call it once at the end
 * of a run, never on a sample's path. Thread-safe: immutable.
 */
public final class SlackNotifier {

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** Enough of Slack's answer to name its error ({@code invalid_payload}, {@code no_service}). */
  private static final int MAX_ANSWER_CHARS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Secret webhookUrl;
  private final Duration connectTimeout;
  private final Duration requestTimeout;

  public SlackNotifier(Secret webhookUrl) {
    this(webhookUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
  }

  /** With other timeouts, for tests that wait for them. */
  SlackNotifier(Secret webhookUrl, Duration connectTimeout, Duration requestTimeout) {
    this.webhookUrl = Objects.requireNonNull(webhookUrl, "webhookUrl");
    this.connectTimeout = connectTimeout;
    this.requestTimeout = requestTimeout;
  }

  /** What became of one message. */
  public record Delivery(boolean delivered, String outcome) {
  }

  /**
   * @param text the message, Slack mrkdwn
   * @return delivered on any 2xx answer; otherwise not, with the HTTP status (and the start of
   *     Slack's answer) or what went wrong, e.g. "no answer within 10 s"
   */
  public Delivery send(String text) {
    URI uri;
    try {
      uri = new URI(webhookUrl.reveal());
    } catch (URISyntaxException e) {
      return new Delivery(false, "the webhook URL is not a URL");
    }
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri)
          .timeout(requestTimeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body(text), StandardCharsets.UTF_8))
          .build();
    } catch (IllegalArgumentException e) {
      // Its message quotes the URL.
      return new Delivery(false, "the webhook URL is not an http:// or https:// URL");
    }
    return exchange(client, request);
  }

  private Delivery exchange(HttpClient client, HttpRequest request) {
    CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    try {
      // The client's own timeout ends at the answer's headers; this one also bounds a body that trickles.
      HttpResponse<String> response = answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return new Delivery(true, "HTTP " + status);
      }
      return new Delivery(false, "HTTP " + status + excerpt(response.body()));
    } catch (TimeoutException e) {
      answer.cancel(true);
      return new Delivery(false, noAnswer());
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      return new Delivery(false, "interrupted before Slack answered");
    } catch (ExecutionException e) {
      return new Delivery(false, failure(e.getCause()));
    }
  }

  /** The scheme and host of the webhook, all of it that may be shown, e.g. {@code https://hooks.slack.com}. */
  public String destination() {
    try {
      URI uri = new URI(webhookUrl.reveal());
      if (uri.getScheme() != null && uri.getHost() != null) {
        return uri.getScheme() + "://" + uri.getHost();
      }
    } catch (URISyntaxException e) {
      // shown as below
    }
    return "(a webhook URL that is not a URL)";
  }

  private static String body(String text) {
    try {
      return JSON.writeValueAsString(Map.of("text", text));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("A map of one string is always JSON", e);
    }
  }

  private String noAnswer() {
    return "no answer within " + seconds(requestTimeout);
  }

  private static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
  }

  /** The exception's kind and message, never the URL: a message could quote it. */
  private String failure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "no connection within " + seconds(connectTimeout);
    }
    if (cause instanceof HttpTimeoutException) {
      return noAnswer();
    }
    String message = cause.getMessage() == null ? "" : ": " + scrub(cause.getMessage());
    return cause.getClass().getSimpleName() + message;
  }

  private String excerpt(String answer) {
    String line = answer == null ? "" : scrub(answer.strip().replaceAll("\\s+", " "));
    if (line.isEmpty()) {
      return "";
    }
    return ": " + (line.length() > MAX_ANSWER_CHARS ? line.substring(0, MAX_ANSWER_CHARS) + "..." : line);
  }

  /** Text with the webhook's path, and so the whole URL, replaced. */
  private String scrub(String text) {
    String url = webhookUrl.reveal();
    String scrubbed = text.replace(url, destination() + "/****");
    try {
      String path = new URI(url).getRawPath();
      if (path != null && path.length() > 1) {
        scrubbed = scrubbed.replace(path, "/****");
      }
    } catch (URISyntaxException e) {
      // no path to find
    }
    return scrubbed;
  }
}
