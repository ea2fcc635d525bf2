package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.simulator.fault.FaultSettings;
import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import io.builderengine.simulator.support.WsSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault type, observed as a client sees it. */
class FaultInjectionIT {

  private Simulator simulator;
  private TestHttp http;

  @BeforeEach
  void start() {
    simulator = Simulator.start(TestSimulators.config());
    http = new TestHttp(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void latencyIsAddedToEveryAnswerButAdmin() {
    simulator.setFaults(FaultSettings.none().withLatencyMillis(150));

    long healthMillis = elapsedMillis(() -> http.send(http.request("/health")));
    long adminMillis = elapsedMillis(() -> http.send(http.request("/admin/faults")));

    assertThat(healthMillis).as("health with latency_ms 150").isGreaterThanOrEqualTo(150);
    assertThat(adminMillis).as("admin routes are exempt from faults").isLessThan(150);
  }

  @Test
  void jitterAddsUpToItsBoundOnTopOfTheLatency() {
    simulator.setFaults(FaultSettings.none().withLatencyMillis(40).withJitterMillis(60));

    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 12; i++) {
      long millis = elapsedMillis(() -> http.send(http.request("/health")));
      min = Math.min(min, millis);
      max = Math.max(max, millis);
    }

    assertThat(min).as("fastest of 12 answers, latency 40 ms").isGreaterThanOrEqualTo(40);
    assertThat(max).as("slowest of 12 answers, latency 40 + jitter 60 ms, 400 ms slack")
        .isLessThan(40 + 60 + 400);
    assertThat(max - min).as("jitter spreads the answers").isGreaterThan(5);
  }

  @Test
  void errorRateIsTheShareOfInjectedErrors() {
    simulator.setFaults(FaultSettings.none().withErrorRate(0.3).withErrorStatus(503));
    int requests = 400;
    int errors = 0;
    for (int i = 0; i < requests; i++) {
      HttpResponse<String> response = http.send(http.request("/api/v1/health"));
      if (response.statusCode() == 503) {
        assertThat(response.body()).isEqualTo("{\"detail\":\"Injected fault\"}");
        errors++;
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
      }
    }

    double share = errors / (double) requests;
    assertThat(share).as("share of 503s over %d requests at error_rate 0.3, tolerance 0.08 "
        + "(3.5 standard deviations)", requests).isBetween(0.22, 0.38);
  }

  @Test
  void resetAbortsTheConnectionInsteadOfAnswering() {
    simulator.setFaults(FaultSettings.none().withResetRate(1.0));

    assertThatThrownBy(() -> http.trySend(http.request("/health")))
        .isInstanceOf(IOException.class);
    simulator.setFaults(FaultSettings.none());
    assertThat(json(http.send(http.request("/admin/stats"))).get("requests_reset").asInt())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void refuseResetsNewConnectionsBeforeReadingAnything() {
    simulator.setFaults(FaultSettings.none().withRefuseRate(1.0));

    TestHttp fresh = new TestHttp(simulator.baseUrl());
    assertThatThrownBy(() -> fresh.trySend(fresh.request("/health")))
        .isInstanceOf(IOException.class);
    simulator.setFaults(FaultSettings.none()); // admin connections are refused too
    assertThat(json(http.send(http.request("/admin/stats"))).get("connections_refused").asInt())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void stalledRequestsAreNeverAnswered() {
    simulator.setFaults(FaultSettings.none().withStallRate(1.0));

    assertThatThrownBy(() -> http.trySend(http.request("/health")
        .timeout(Duration.ofMillis(300)))).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void stalledConnectionsAreReleasedAfterStallMax() {
    simulator.setFaults(FaultSettings.none().withStallRate(1.0).withStallMaxMillis(300));

    long started = System.nanoTime();
    assertThatThrownBy(() -> http.trySend(http.request("/health")))
        .isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(elapsedMillis).as("closed after stall_max_ms 300, before the 5 s client timeout")
        .isBetween(300L, 4_000L);
  }

  @Test
  void pathPrefixLimitsFaultsToMatchingRoutes() {
    simulator.setFaults(FaultSettings.none().withErrorRate(1.0).withPathPrefix("/api/v1/calls"));

    assertThat(http.get("/api/v1/calls").statusCode()).isEqualTo(500);
    assertThat(http.get("/api/v1/agents").statusCode()).isEqualTo(200);
    assertThat(http.send(http.request("/health")).statusCode()).isEqualTo(200);
  }

  @Test
  void healthIsSubjectToFaultsButAdminNever() {
    simulator.setFaults(FaultSettings.none().withErrorRate(1.0));

    assertThat(http.send(http.request("/health")).statusCode()).isEqualTo(500);
    assertThat(http.send(http.request("/admin/faults")).statusCode()).isEqualTo(200);
  }

  @Test
  void streamsAreClosedMidStreamWithTheConfiguredCode() {
    simulator.setFaults(FaultSettings.none().withWsCloseAfterMillis(200));
    String ws = simulator.baseUrl().replace("http", "ws");

    try (WsSession media = WsSession.open(ws + "/media-stream", Map.of())) {
      media.send("{\"event\":\"start\",\"streamSid\":\"MZ1\",\"start\":{\"streamSid\":\"MZ1\"}}");
      long started = System.nanoTime();
      WsSession.Close close = media.awaitClose();
      assertThat(close.code()).isEqualTo(1011);
      assertThat(close.reason()).isEqualTo("Injected fault");
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }
    simulator.setFaults(simulator.faults().withWsCloseCode(4000));
    String callId = json(http.post("/api/v1/calls", "{\"agent_id\":\"" + firstAgentId() + "\"}"))
        .get("id").asText();
    try (WsSession sdk = WsSession.open(ws + "/ws/v1/stream?call_id=" + callId, Map.of())) {
      assertThat(sdk.awaitClose().code()).isEqualTo(4000);
    }
  }

  @Test
  void stalledStreamsGoSilentThenDropTheConnection() throws InterruptedException {
    simulator.setFaults(FaultSettings.none().withWsStallAfterMillis(300).withStallMaxMillis(1_500));
    String ws = simulator.baseUrl().replace("http", "ws");

    try (WsSession media = WsSession.open(ws + "/media-stream", Map.of())) {
      long opened = System.nanoTime();
      media.send("{\"event\":\"start\",\"streamSid\":\"MZ1\",\"start\":{\"streamSid\":\"MZ1\"}}");
      media.send(MEDIA_FRAME);
      assertThat(media.next().get("event").asText()).as("answered before the stall").isEqualTo("media");
      Thread.sleep(500);
      media.send(MEDIA_FRAME);
      Thread.sleep(300);
      assertThat(media.drain()).as("messages after the stall began").isEmpty();

      assertThat(media.awaitClose().code()).as("dropped without a close frame: abnormal closure")
          .isEqualTo(1006);
      assertThat((System.nanoTime() - opened) / 1_000_000).as("dropped stall_max_ms after the stall")
          .isBetween(1_700L, 4_000L);
    }
    assertThat(json(http.get("/admin/stats")).get("streams_stalled").asLong()).isEqualTo(1);
  }

  @Test
  void aCallsOwnMediaStreamCountsOnceTowardsTheConcurrentCallCap() {
    simulator.setFaults(FaultSettings.none().withMaxConcurrentCalls(10));
    String ws = simulator.baseUrl().replace("http", "ws");
    String callId = json(http.post("/api/v1/calls", "{\"agent_id\":\"" + firstAgentId() + "\"}"))
        .get("id").asText();

    try (WsSession ofCall = WsSession.open(ws + "/media-stream/" + callId, Map.of());
        WsSession callFree = WsSession.open(ws + "/media-stream", Map.of())) {
      assertThat(json(http.get("/admin/stats")).get("active_calls").asInt())
          .as("one call with its stream, plus one stream of no call").isEqualTo(2);
    }
  }

  @Test
  void callRequestsSlowDownBeyondTheConcurrentCallCap() {
    simulator.setFaults(FaultSettings.none().withMaxConcurrentCalls(2)
        .withOverloadLatencyMillisPerCall(100));
    String body = "{\"agent_id\":\"" + firstAgentId() + "\"}";
    String lastCall = null;
    for (int i = 0; i < 5; i++) {
      lastCall = json(http.post("/api/v1/calls", body)).get("id").asText();
    }
    String path = "/api/v1/calls/" + lastCall;

    long overloadedMillis = elapsedMillis(() -> http.get(path));
    long healthMillis = elapsedMillis(() -> http.send(http.request("/health")));

    assertThat(overloadedMillis).as("5 active calls, cap 2, 100 ms per excess call")
        .isGreaterThanOrEqualTo(300);
    assertThat(healthMillis).as("health is not call-related").isLessThan(300);
    http.post(path + "/end", "");
    assertThat(elapsedMillis(() -> http.get(path))).as("4 active calls: 200 ms")
        .isBetween(200L, 299L + 200L);
  }

  private static final String MEDIA_FRAME = "{\"event\":\"media\",\"streamSid\":\"MZ1\","
      + "\"media\":{\"track\":\"inbound\",\"chunk\":\"1\",\"timestamp\":\"0\",\"payload\":\"AAAA\"}}";

  private String firstAgentId() {
    return json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();
  }

  private static long elapsedMillis(Runnable request) {
    long started = System.nanoTime();
    request.run();
    return (System.nanoTime() - started) / 1_000_000;
  }
}
