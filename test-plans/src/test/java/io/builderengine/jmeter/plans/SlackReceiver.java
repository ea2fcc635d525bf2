package io.builderengine.jmeter.plans;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A stand-in for Slack's incoming webhook on 127.0.0.1: records every POST (its text, when it came, and
 * whether a summary.json existed under the watched folder by then) and answers as told. Its URL ends in
 * a random path, the secret part of a real webhook URL, for the tests to look for where it must not be.
 */
final class SlackReceiver implements AutoCloseable {

  /** How the receiver answers. */
  enum Answer {
    OK,
    SERVER_ERROR,
    /** Reads the request and never answers, until closed. */
    NEVER
  }

  /** One POST as it came. */
  record Post(String contentType, String text, long receivedMillis, boolean summaryWritten) {
  }

  private static final List<String> SUMMARY_FILES = List.of("summary.json", "summary.md", "junit.xml", "summary.html");

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final String secretPath;

  /** @param summaries where the run under test writes its summaries */
  SlackReceiver(Answer answer, Path summaries) throws IOException {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    secretPath = "/services/T0LOADTEST/B0MIXED/" + HexFormat.of().formatHex(random);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(secretPath, exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      posts.add(new Post(exchange.getRequestHeaders().getFirst("Content-Type"),
          new ObjectMapper().readTree(body).path("text").asText(), System.currentTimeMillis(),
          summaryWritten(summaries)));
      if (answer == Answer.NEVER) {
        await();
      }
      byte[] reply = (answer == Answer.OK ? "ok" : "internal_error").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer == Answer.OK ? 200 : 500, reply.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply);
      }
    });
    server.setExecutor(handlers);
    server.start();
  }

  /** The webhook URL to configure, secret path included. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + secretPath;
  }

  /** The part of {@link #url()} that must appear nowhere but in the config. */
  String secretPath() {
    return secretPath;
  }

  List<Post> posts() {
    return List.copyOf(posts);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void await() {
    try {
      closed.await(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether a folder under {@code summaries} holds all four summary files. */
  private static boolean summaryWritten(Path summaries) {
    if (!Files.isDirectory(summaries)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(summaries)) {
      return files.filter(Files::isDirectory).anyMatch(folder -> SUMMARY_FILES.stream()
          .allMatch(name -> Files.isRegularFile(folder.resolve(name))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
