package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.simulator.fault.FaultSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a failing platform looks like in the steps: never an exception, always the cause and URL. */
@Tag("faults")
class CallApiClientFailureTest {

  @RegisterExtension
  static final SimulatedPlatform platform = new SimulatedPlatform();

  @Test
  void anInjected503FailsEveryStepAndNamesTheStatus() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      String agentId = client.agentIds().get(0);
      InitiatedCall live = client.initiate(agentId, "", "user-1");
      platform.sim().setFaults(platform.sim().faults().withErrorRate(1.0).withErrorStatus(503));

      InitiatedCall refused = client.initiate(agentId, "", "user-1");
      CallStep status = client.status(live.callId());
      CallStep hold = client.operation(TelephonyOperation.HOLD, live.callId());
      CallStep end = client.end(live.callId());

      assertThat(refused.created()).isFalse();
      assertThat(refused.step().statusCode()).isEqualTo(503);
      assertThat(refused.step().message()).isEqualTo("HTTP 503: Injected fault");
      assertThat(refused.step().responseHeaders()).startsWith("HTTP/1.1 503 Service Unavailable\n");
      assertThat(new CallStep[] {status, hold, end}).allSatisfy(step -> {
        assertThat(step.successful()).isFalse();
        assertThat(step.message()).isEqualTo("HTTP 503: Injected fault");
      });
    }
  }

  @Test
  void aServerThatIsDownIsConnectionRefusedNamingTheServer() throws Exception {
    int closedPort = aPortNobodyListensOn();
    String base = "http://127.0.0.1:" + closedPort;
    CallTarget target = new CallTarget(base, "sk-test", "", 2_000, 5_000);
    try (CallApiClient client = new CallApiClient(target)) {
      InitiatedCall call = client.initiate("agent_0123456789ab", "", "user-1");
      CallStep status = client.status("call_0123456789ab");

      assertThat(new CallStep[] {call.step(), status}).allSatisfy(step -> {
        assertThat(step.successful()).isFalse();
        assertThat(step.message()).isEqualTo("Connection refused: " + base);
        assertThat(step.statusCode()).isZero();
        assertThat(step.latencyMillis()).isZero();
        assertThat(step.bytesReceived()).isZero();
        assertThat(step.responseHeaders()).isEmpty();
      });
      assertThatThrownBy(client::agentIds).isInstanceOf(CallApiException.class)
          .hasMessage("Cannot list agents: GET " + base + "/api/v1/agents?page_size=100 failed with "
              + "\"Connection refused: " + base + "\"; check the base URL and that the server is running");
    }
  }

  @Test
  void aSlowAnswerTimesOutWithTheTimeoutInTheMessageAndTheNextStepRecovers() throws Exception {
    int responseTimeoutMillis = 300;
    CallTarget target = new CallTarget(platform.baseUrl(), "sk-test", "", 2_000, responseTimeoutMillis);
    try (CallApiClient client = new CallApiClient(target)) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-1");
      platform.sim().setFaults(platform.sim().faults().withLatencyMillis(2_000));

      CallStep slow = client.status(call.callId());
      platform.sim().setFaults(FaultSettings.none());
      CallStep next = client.status(call.callId());

      assertThat(slow.successful()).isFalse();
      assertThat(slow.message()).isEqualTo("Read timed out after 300 ms: GET " + platform.baseUrl()
          + "/api/v1/calls/" + call.callId());
      assertThat(slow.statusCode()).isZero();
      assertThat(slow.elapsedMillis()).as("elapsed of a 300 ms timeout, tolerance 1 s")
          .isBetween(300L, 1_300L);
      assertThat(slow.bytesSent()).as("the request went out before the wait").isPositive();
      assertThat(next.successful()).as(next.message()).isTrue();
    }
  }

  @Test
  void aResetConnectionFailsTheStepNamingTheRequest() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-test"))) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-1");
      platform.sim().setFaults(platform.sim().faults().withResetRate(1.0));

      CallStep status = client.status(call.callId());

      assertThat(status.successful()).isFalse();
      assertThat(status.statusCode()).isZero();
      assertThat(status.message()).endsWith(": GET " + platform.baseUrl() + "/api/v1/calls/" + call.callId());
    }
  }

  private static int aPortNobodyListensOn() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
