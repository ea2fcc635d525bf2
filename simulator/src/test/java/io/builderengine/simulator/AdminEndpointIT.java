package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.fault.FaultSettings;
import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET, PUT, POST and DELETE /admin/faults, and GET /admin/stats. */
class AdminEndpointIT {

  private static final FaultSettings STARTUP = FaultSettings.none().withLatencyMillis(5);

  private Simulator simulator;
  private TestHttp http;

  @BeforeEach
  void start() {
    simulator = Simulator.start(TestSimulators.config().withFaults(STARTUP));
    http = new TestHttp(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void getShowsEveryField() {
    JsonNode faults = json(http.send(http.request("/admin/faults")));

    assertThat(RestApiIT.fieldNames(faults)).containsExactly("latency_ms", "jitter_ms",
        "error_rate", "error_status", "reset_rate", "refuse_rate", "stall_rate", "stall_max_ms",
        "ws_close_after_ms", "ws_close_code", "ws_close_rate", "ws_stall_after_ms",
        "max_concurrent_calls",
        "overload_latency_ms_per_call", "pause_every_ms", "pause_ms", "path_prefix");
    assertThat(faults.get("latency_ms").asInt()).isEqualTo(5);
    assertThat(faults.get("error_status").asInt()).isEqualTo(500);
    assertThat(faults.get("ws_close_code").asInt()).isEqualTo(1011);
  }

  @Test
  void putChangesOnlyTheGivenFieldsAndDeleteRestoresStartup() {
    HttpResponse<String> put = admin("PUT", "{\"error_rate\":0.25,\"path_prefix\":\"/api\"}");

    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(json(put).get("error_rate").asDouble()).isEqualTo(0.25);
    assertThat(simulator.faults()).isEqualTo(
        STARTUP.withErrorRate(0.25).withPathPrefix("/api"));
    assertThat(admin("POST", "{\"error_status\":503}").statusCode()).isEqualTo(200);
    assertThat(simulator.faults().errorStatus()).isEqualTo(503);
    assertThat(simulator.faults().errorRate()).isEqualTo(0.25);

    HttpResponse<String> deleted = admin("DELETE", null);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(simulator.faults()).isEqualTo(STARTUP);
    assertThat(json(deleted).get("latency_ms").asInt()).isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"bogus\":1}                       | unknown field 'bogus'; fields: latency_ms",
      "{\"error_rate\":1.5}                | error_rate must be a decimal from 0 to 1, got '1.5'",
      "{\"latency_ms\":-1}                 | latency_ms must be a whole number from 0 to 600000",
      "{\"latency_ms\":\"fast\"}           | latency_ms must be a whole number",
      "{\"ws_close_code\":1006}            | ws_close_code must be a WebSocket close code a server may send",
      "{\"error_status\":200}              | error_status must be a whole number from 400 to 599",
      "{\"path_prefix\":\"api\"}           | path_prefix must be empty (all routes) or a path starting with '/'",
      "{\"error_rate\":0.6,\"reset_rate\":0.6} | reset_rate + stall_rate + error_rate must not exceed 1",
      "not json                            | the body is not JSON",
      "[1]                                 | the body must be a JSON object of fault fields"})
  void badUpdatesAreRefusedNamingTheFieldAndRange(String body, String expectedDetail) {
    HttpResponse<String> response = admin("PUT", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).startsWith(expectedDetail);
    assertThat(simulator.faults()).as("a refused update changes nothing").isEqualTo(STARTUP);
  }

  @Test
  void statsCountRequestsByStatusAndActiveCalls() {
    http.send(http.request("/health"));
    http.get("/api/v1/nothing");
    String agentId = json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();
    http.post("/api/v1/calls", "{\"agent_id\":\"" + agentId + "\"}");

    JsonNode stats = json(http.send(http.request("/admin/stats")));

    assertThat(stats.get("requests_by_status").get("200").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(stats.get("requests_by_status").get("404").asInt()).isEqualTo(1);
    assertThat(stats.get("live_calls").asInt()).isEqualTo(1);
    assertThat(stats.get("active_calls").asInt()).isEqualTo(1);
    assertThat(stats.get("uptime_seconds").asDouble()).isPositive();
    assertThat(RestApiIT.fieldNames(stats)).contains("active_streams", "frames_received",
        "frames_sent", "connections_accepted");
  }

  @Test
  void unsupportedAdminMethodIsNotAllowed() {
    assertThat(admin("PATCH", "{}").statusCode()).isEqualTo(405);
  }

  private HttpResponse<String> admin(String method, String body) {
    return http.send(http.request("/admin/faults").method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }
}
