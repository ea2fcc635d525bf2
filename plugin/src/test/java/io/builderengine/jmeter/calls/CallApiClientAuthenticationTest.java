package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against a simulator that accepts one key only: the key travels, and refusals say why. */
class CallApiClientAuthenticationTest {

  private static final String RIGHT_KEY = "sk-live-right-0123456789";

  @RegisterExtension
  static final SimulatedPlatform platform =
      new SimulatedPlatform(SimulatedPlatform.config().withApiKeys(Set.of(RIGHT_KEY)));

  @Test
  void theRightKeyIsAcceptedAndShownOnlyMasked() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target(RIGHT_KEY))) {
      InitiatedCall call = client.initiate(client.agentIds().get(0), "", "user-1");

      assertThat(call.step().message()).isEqualTo("OK");
      assertThat(call.step().requestHeaders())
          .contains("Authorization: Bearer ****\n", "X-API-Key: ****\n")
          .doesNotContain(RIGHT_KEY);
      assertThat(call.step().toString()).doesNotContain(RIGHT_KEY);
    }
  }

  @Test
  void aWrongKeyIs401WithThePlatformsDetail() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target("sk-live-wrong"))) {
      InitiatedCall call = client.initiate("agent_0123456789ab", "", "user-1");

      assertThat(call.created()).isFalse();
      assertThat(call.step().statusCode()).isEqualTo(401);
      assertThat(call.step().message()).isEqualTo("HTTP 401: Invalid API key");
      assertThatThrownBy(client::agentIds).isInstanceOf(CallApiException.class)
          .hasMessage("Cannot list agents: GET " + platform.baseUrl() + "/api/v1/agents?page_size=100 failed "
              + "with \"HTTP 401: Invalid API key\"; check the API key (BE_API_KEY) and the organization id");
    }
  }

  @Test
  void noKeyAtAllIs401KeyRequired() throws Exception {
    try (CallApiClient client = new CallApiClient(platform.target(""))) {
      CallStep status = client.status("call_0123456789ab");

      assertThat(status.message()).isEqualTo("HTTP 401: API key required");
      assertThat(status.requestHeaders()).doesNotContain("Authorization", "X-API-Key");
      assertThat(status.responseHeaders()).containsIgnoringCase("WWW-Authenticate: Bearer\n");
    }
  }
}
