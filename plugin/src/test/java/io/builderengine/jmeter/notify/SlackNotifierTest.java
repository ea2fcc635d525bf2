package io.builderengine.jmeter.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.builderengine.jmeter.config.model.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The notifier against a real HTTP receiver on 127.0.0.1: what it posts, and what it says, without the
 * webhook's path, when the receiver fails, stays silent or is not there.
 */
class SlackNotifierTest {

  /** The secret part of a webhook URL is its path. */
  private static final String SECRET_PATH = "/services/T0LOAD/B0TEST/a1b2c3d4e5f6g7h8";

  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private HttpServer receiver;

  private record Request(String method, String path, String contentType, String body) {
  }

  @AfterEach
  void stopReceiver() {
    released.countDown();
    if (receiver != null) {
      receiver.stop(0);
    }
    handlers.shutdownNow();
  }

  @Test
  void postsTheTextAsJsonToTheWebhookOnce() throws Exception {
    SlackNotifier notifier = notifier(answering(200, "ok"));
    String text = ":x: *FAIL*: \"quoted\", a tab\there, a line\nand ünïcödé &lt;";

    SlackNotifier.Delivery delivery = notifier.send(text);

    assertThat(delivery).isEqualTo(new SlackNotifier.Delivery(true, "HTTP 200"));
    assertThat(received).singleElement().satisfies(request -> {
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo(SECRET_PATH);
      assertThat(request.contentType()).isEqualTo("application/json");
      JsonNode body = new ObjectMapper().readTree(request.body());
      assertThat(body.size()).as("fields of %s", request.body()).isEqualTo(1);
      assertThat(body.get("text").asText()).isEqualTo(text);
    });
  }

  @Test
  void aFailingReceiverIsNamedByItsStatusAndAnswerButNotByItsPath() throws Exception {
    SlackNotifier notifier = notifier(answering(500, "internal_error at " + SECRET_PATH));

    SlackNotifier.Delivery delivery = notifier.send("text");

    assertThat(delivery.delivered()).isFalse();
    assertThat(delivery.outcome()).isEqualTo("HTTP 500: internal_error at /****");
    assertThat(received).hasSize(1);
  }

  @Test
  void aReceiverThatNeverAnswersTimesOutWithinTheRequestTimeout() throws Exception {
    SlackNotifier notifier = notifier(exchange -> {
      try {
        released.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, Duration.ofMillis(700));

    long startedNanos = System.nanoTime();
    SlackNotifier.Delivery delivery = notifier.send("text");
    double elapsedSeconds = (System.nanoTime() - startedNanos) / 1e9;

    assertThat(delivery).isEqualTo(new SlackNotifier.Delivery(false, "no answer within 0.7 s"));
    assertThat(elapsedSeconds).as("seconds until it gave up, for a 0.7 s timeout").isBetween(0.6, 3.0);
  }

  @Test
  void aReceiverThatIsNotThereIsAnErrorWithoutThePath() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SlackNotifier notifier = new SlackNotifier(Secret.of("http://127.0.0.1:" + closedPort + SECRET_PATH));

    SlackNotifier.Delivery delivery = notifier.send("text");

    assertThat(delivery.delivered()).isFalse();
    assertThat(delivery.outcome()).startsWith("ConnectException").doesNotContain(SECRET_PATH);
  }

  @Test
  void showsTheWebhookAsItsSchemeAndHostOnly() {
    assertThat(new SlackNotifier(Secret.of("https://hooks.slack.com" + SECRET_PATH)).destination())
        .isEqualTo("https://hooks.slack.com");
    String withEverything = "https://user:pw@hooks.slack.com:8443" + SECRET_PATH + "?k=v";
    assertThat(new SlackNotifier(Secret.of(withEverything)).destination()).isEqualTo("https://hooks.slack.com");
  }

  @Test
  void aWebhookThatIsNotAUrlIsSaidSoWithoutQuotingIt() {
    for (String notAUrl : List.of("hooks.slack.com" + SECRET_PATH, "https://hooks.slack.com/a b" + SECRET_PATH,
        "ftp://hooks.slack.com" + SECRET_PATH)) {
      SlackNotifier notifier = new SlackNotifier(Secret.of(notAUrl));

      SlackNotifier.Delivery delivery = notifier.send("text");

      assertThat(delivery.delivered()).as(notAUrl).isFalse();
      assertThat(delivery.outcome() + notifier.destination()).as(notAUrl).doesNotContain(SECRET_PATH);
    }
  }

  private SlackNotifier notifier(HttpHandler handler) throws IOException {
    return notifier(handler, SlackNotifier.REQUEST_TIMEOUT);
  }

  private SlackNotifier notifier(HttpHandler handler, Duration requestTimeout) throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/", exchange -> {
      received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      handler.handle(exchange);
    });
    receiver.setExecutor(handlers);
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + SECRET_PATH;
    return new SlackNotifier(Secret.of(url), SlackNotifier.CONNECT_TIMEOUT, requestTimeout);
  }

  private static HttpHandler answering(int status, String body) {
    return exchange -> answer(exchange, status, body);
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
