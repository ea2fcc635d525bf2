package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whole calls against the simulator on a loopback port. */
class CallApiClientLifecycleTest {

  @RegisterExtension
  static final SimulatedPlatform platform = new SimulatedPlatform();

  @Test
  void aFullCallRunsEveryOperationOnTheIdTheServerGave() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"), new SplittableRandom(7))) {
      String agentId = client.agentIds().get(0);
      InitiatedCall call = client.initiate(agentId, "+15550001234", "user-1");
      assertThat(call.step().message()).isEqualTo("OK");
      assertThat(call.created()).isTrue();
      assertThat(call.callId()).matches("call_[0-9a-f]{12}");
      assertThat(call.step().requestBody()).isEqualTo("{\"agent_id\":\"" + agentId
          + "\",\"phone_number\":\"+15550001234\",\"direction\":\"outbound\","
          + "\"metadata\":{\"user_id\":\"user-1\",\"test\":true}}");

      List<CallStep> steps = new ArrayList<>();
      steps.add(call.step());
      for (TelephonyOperation operation : TelephonyOperation.values()) {
        steps.add(client.operation(operation, call.callId()));
      }

      assertThat(steps).extracting(CallStep::name)
          .containsExactly("initiate", "status", "hold", "resume", "transfer", "recording", "end");
      assertThat(steps).allSatisfy(step -> {
        assertThat(step.successful()).as("%s: %s", step.name(), step.message()).isTrue();
        assertThat(step.message()).isEqualTo("OK");
        assertThat(step.statusCode()).isEqualTo(200);
        assertThat(step.responseBody()).contains(call.callId());
        assertThat(step.url()).startsWith(platform.baseUrl() + "/api/v1/calls");
        assertThat(step.latencyMillis()).isBetween(0L, step.elapsedMillis());
        assertThat(step.responseHeaders()).startsWith("HTTP/1.1 200 OK\n");
      });
      CallStep transfer = steps.get(4);
      assertThat(transfer.requestBody()).matches("\\{\"target_number\":\"\\+1555\\d{7}\",\"announce\":true,"
          + "\"message\":\"Transferring you to a specialist.\"}");
      assertThat(transfer.responseBody()).contains("\"message\":\"Transfer initiated\"");
      assertThat(steps.get(6).responseBody()).contains("\"message\":\"Call ended\"");
      assertThat(client.status(call.callId()).responseBody()).contains("\"status\":\"completed\"");
    }
  }

  @Test
  void endingACallTwiceFailsTheSecondEndWith400() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-2");

      CallStep first = client.end(call.callId());
      CallStep second = client.end(call.callId());

      assertThat(first.successful()).as(first.message()).isTrue();
      assertThat(second.successful()).isFalse();
      assertThat(second.statusCode()).isEqualTo(400);
      assertThat(second.message()).isEqualTo("HTTP 400: Call is not active");
      assertThat(second.responseBody()).isEqualTo("{\"detail\":\"Call is not active\"}");
    }
  }

  @Test
  void aCallTheServerDoesNotKnowIs404() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      CallStep status = client.status("call_000000000000");
      InitiatedCall noAgent = client.initiate("agent_000000000000", "+15550000001", null);

      assertThat(status.message()).isEqualTo("HTTP 404: Call not found");
      assertThat(noAgent.step().message()).isEqualTo("HTTP 404: Agent not found");
      assertThat(noAgent.created()).isFalse();
      assertThat(noAgent.step().requestBody()).contains("\"metadata\":{\"test\":true}");
    }
  }

  @Test
  void withoutACallIdAnOperationFailsAtOnceAndSendsNothing() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      CallStep hold = client.operation(TelephonyOperation.HOLD, "");

      assertThat(hold.successful()).isFalse();
      assertThat(hold.name()).isEqualTo("hold");
      assertThat(hold.message()).isEqualTo("No call id: the call was not initiated, so there is nothing to hold");
      assertThat(hold.statusCode()).isZero();
      assertThat(hold.bytesSent()).isZero();
      assertThat(client.end(null).successful()).isFalse();
    }
  }

  @Test
  void afterCloseStepsFailInsteadOfThrowingAndCloseIsIdempotent() {
    CallApiClient client = new CallApiClient(platform.target("sk-test"));
    client.close();
    client.close();

    CallStep status = client.status("call_0123456789ab");

    assertThat(status.successful()).isFalse();
    assertThat(status.statusCode()).isZero();
    assertThat(status.message()).startsWith("Client error IllegalStateException (")
        .endsWith("): GET " + platform.baseUrl() + "/api/v1/calls/call_0123456789ab");
  }

  @Test
  void theOrganizationHeaderTravelsWithTheCall() throws Exception {
    CallTarget target = new CallTarget(platform.baseUrl(), "sk-test", "org_loadtest", 2_000, 5_000);
    try (CallApiClient client = new CallApiClient(target)) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-3");

      assertThat(call.step().requestHeaders()).contains("X-Organization-ID: org_loadtest\n");
      assertThat(client.status(call.callId()).responseBody()).contains("\"organization_id\":\"org_loadtest\"");
    }
  }

  @Test
  void oneKeptAliveConnectionCarriesTheWholeCall() throws Exception {
    long before = platform.connectionsAccepted();
    List<CallStep> steps = new ArrayList<>();
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-4");
      steps.add(call.step());
      for (int i = 0; i < 5; i++) {
        steps.add(client.status(call.callId()));
      }
      steps.add(client.end(call.callId()));
    }
    long after = platform.connectionsAccepted();

    assertThat(steps).allMatch(CallStep::successful);
    // One for the client's 8 requests, one for the second stats request itself.
    assertThat(after - before).as("connections accepted for 8 requests and a stats request").isEqualTo(2);
    assertThat(steps.subList(1, steps.size())).allSatisfy(step ->
        assertThat(step.connectMillis()).as("connect time of a reused connection").isZero());
  }

  /**
   * Counted as JMeter's HttpClient 4 sampler counts: every byte on the socket. The simulator does
   * not compress, so the count is the text shown plus the CRLFs the shown form drops.
   */
  @Test
  void countsTheBytesOnTheWireHeadersIncluded() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-5");
      CallStep step = call.step();

      long requestLine = ("POST /api/v1/calls HTTP/1.1").length() + 2;
      // The key travels twice (Bearer and X-API-Key) and is shown masked both times.
      long maskedAway = 2L * ("sk-test".length() - HeaderText.MASK.length());
      assertThat(step.bytesSent()).isEqualTo(requestLine + onTheWire(step.requestHeaders())
          + maskedAway + step.requestBody().getBytes(StandardCharsets.UTF_8).length);
      assertThat(step.bytesReceived()).isEqualTo(onTheWire(step.responseHeaders())
          + step.responseBody().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  /** Lines shown with "\n" are sent with "\r\n", and a blank line ends the headers. */
  private static long onTheWire(String shownHeaders) {
    long lines = shownHeaders.chars().filter(c -> c == '\n').count();
    return shownHeaders.getBytes(StandardCharsets.UTF_8).length + lines + 2;
  }
}
