package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.support.Await;
import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating, progressing, operating and ending calls. */
class CallLifecycleIT {

  private static final Duration STATUS_WAIT = Duration.ofSeconds(3);

  private Simulator simulator;
  private TestHttp http;
  private String agentId;

  @BeforeEach
  void start() {
    simulator = Simulator.start(TestSimulators.config().withRingMillis(150).withAnswerMillis(400));
    http = new TestHttp(simulator.baseUrl());
    agentId = json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void createdCallProgressesFromInitiatedToInProgress() {
    HttpResponse<String> created = createCall();

    assertThat(created.statusCode()).isEqualTo(200);
    JsonNode call = json(created);
    assertThat(call.get("call_id").asText()).isEqualTo(call.get("id").asText())
        .matches("call_[0-9a-f]{12}");
    assertThat(call.get("session_id").asText()).isNotBlank();
    assertThat(call.get("status").asText()).isEqualTo("initiated");
    assertThat(call.get("direction").asText()).isEqualTo("outbound");
    assertThat(call.get("to_number").asText()).isEqualTo("+15551230000");
    assertThat(call.get("metadata").get("user_id").asText()).isEqualTo("u1");
    String id = call.get("id").asText();

    awaitStatus(id, "ringing");
    JsonNode answered = awaitStatus(id, "in_progress");
    assertThat(answered.get("started_at").isNull()).isFalse();
    assertThat(answered.get("ended_at").isNull()).isTrue();
    assertThat(json(http.get("/api/v1/calls/" + id + "/status")).get("status").asText())
        .isEqualTo("in_progress");
  }

  @Test
  void endingCompletesTheCallOnceOnly() {
    String id = json(createCall()).get("id").asText();
    awaitStatus(id, "in_progress");

    HttpResponse<String> ended = http.post("/api/v1/calls/" + id + "/end", "");
    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(ended.body()).isEqualTo("{\"message\":\"Call ended\",\"call_id\":\"" + id + "\"}");
    JsonNode call = json(http.get("/api/v1/calls/" + id));
    assertThat(call.get("status").asText()).isEqualTo("completed");
    assertThat(call.get("ended_at").isNull()).isFalse();
    assertThat(call.get("duration_seconds").isIntegralNumber()).isTrue();

    HttpResponse<String> again = http.post("/api/v1/calls/" + id + "/end", "");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).isEqualTo("{\"detail\":\"Call is not active\"}");
  }

  @Test
  void telephonyOperationsOnAnActiveCall() {
    String id = json(createCall()).get("id").asText();
    awaitStatus(id, "in_progress");

    assertThat(json(http.post("/api/v1/calls/" + id + "/hold", "")).get("message").asText())
        .isEqualTo("Call placed on hold");
    assertThat(json(http.get("/api/v1/calls/" + id)).get("on_hold").asBoolean()).isTrue();
    assertThat(json(http.post("/api/v1/calls/" + id + "/resume", "")).get("message").asText())
        .isEqualTo("Call resumed");
    JsonNode transfer = json(http.post("/api/v1/calls/" + id + "/transfer",
        "{\"target_number\":\"+15559990000\",\"announce\":true,\"message\":\"Transferring\"}"));
    assertThat(transfer.get("target_number").asText()).isEqualTo("+15559990000");
    assertThat(transfer.get("transfer_id").asText()).startsWith("TR");
    JsonNode recording = json(http.post("/api/v1/calls/" + id + "/recording/start", ""));
    assertThat(recording.get("recording_status").asText()).isEqualTo("in-progress");
    JsonNode call = json(http.get("/api/v1/calls/" + id));
    assertThat(call.get("transferred_to").asText()).isEqualTo("+15559990000");
    assertThat(call.get("recording").asBoolean()).isTrue();
  }

  @Test
  void transferWithoutTargetIsUnprocessable() {
    String id = json(createCall()).get("id").asText();

    HttpResponse<String> response = http.post("/api/v1/calls/" + id + "/transfer", "{}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("detail").get(0).get("loc").get(1).asText())
        .isEqualTo("target_number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hold", "resume", "transfer", "recording/start", "audio"})
  void operationsOnAnEndedCallAreRefused(String operation) {
    String id = json(createCall()).get("id").asText();
    http.post("/api/v1/calls/" + id + "/end", "");

    HttpResponse<String> response = http.post("/api/v1/calls/" + id + "/" + operation,
        "{\"target_number\":\"+15559990000\",\"audio\":\"AAAA\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Call is not active\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"end", "hold", "resume", "recording/start"})
  void operationsOnAnUnknownCallAreNotFound(String operation) {
    HttpResponse<String> response =
        http.post("/api/v1/calls/call_000000000000/" + operation, "{}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Call not found\"}");
    assertThat(http.get("/api/v1/calls/call_000000000000").statusCode()).isEqualTo(404);
  }

  @Test
  void audioIsAcceptedWithItsDecodedSize() {
    String id = json(createCall()).get("id").asText();
    String audio = Base64.getEncoder().encodeToString(new byte[640]);

    HttpResponse<String> response = http.post("/api/v1/calls/" + id + "/audio",
        "{\"audio\":\"" + audio + "\",\"format\":\"pcm_16000\"}");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"status\":\"accepted\",\"bytes\":640}");
    HttpResponse<String> invalid =
        http.post("/api/v1/calls/" + id + "/audio", "{\"audio\":\"not base64!\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"phone_number\":\"+15551230000\"}"})
  void createWithoutAValidBodyIsUnprocessable(String body) {
    assertThat(http.post("/api/v1/calls", body).statusCode()).isEqualTo(422);
  }

  @Test
  void createWithAnUnknownAgentIsNotFound() {
    HttpResponse<String> response =
        http.post("/api/v1/calls", "{\"agent_id\":\"agent_000000000000\"}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Agent not found\"}");
  }

  @Test
  void outboundRouteAnswersCreatedWithSummary() {
    HttpResponse<String> response = http.post("/api/v1/calls/outbound",
        "{\"agent_id\":\"" + agentId + "\",\"to_number\":\"+15551230000\","
            + "\"from_number\":\"+15550001111\",\"metadata\":{}}");

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode summary = json(response);
    assertThat(RestApiIT.fieldNames(summary))
        .containsExactly("call_id", "session_id", "status", "message");
    assertThat(summary.get("status").asText()).isEqualTo("initiated");
    JsonNode call = json(http.get("/api/v1/calls/" + summary.get("call_id").asText()));
    assertThat(call.get("from_number").asText()).isEqualTo("+15550001111");
  }

  @Test
  void callsCompleteByThemselvesAfterTheMaximumLength() {
    simulator.close();
    simulator = Simulator.start(TestSimulators.config().withRingMillis(0).withAnswerMillis(0)
        .withMaxCallSeconds(1));
    http = new TestHttp(simulator.baseUrl());
    String id = json(createCall()).get("id").asText();

    JsonNode completed = awaitStatus(id, "completed");

    assertThat(completed.get("duration_seconds").asInt()).isEqualTo(1);
    assertThat(http.post("/api/v1/calls/" + id + "/end", "").statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> createCall() {
    return http.post("/api/v1/calls", "{\"agent_id\":\"" + agentId + "\","
        + "\"phone_number\":\"+15551230000\",\"direction\":\"outbound\","
        + "\"metadata\":{\"user_id\":\"u1\",\"test\":true}}");
  }

  private JsonNode awaitStatus(String callId, String status) {
    return Await.until(STATUS_WAIT, () -> json(http.get("/api/v1/calls/" + callId)),
        call -> call.get("status").asText().equals(status), "status " + status);
  }
}
