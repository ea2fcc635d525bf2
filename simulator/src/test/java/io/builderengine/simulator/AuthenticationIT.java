package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** API keys: X-API-Key first, then Bearer; any key by default, only listed keys when given. */
class AuthenticationIT {

  @Test
  void missingKeyIsRequiredWithBearerChallenge() {
    try (Simulator sim = Simulator.start(TestSimulators.config())) {
      TestHttp http = new TestHttp(sim.baseUrl());
      HttpResponse<String> response = http.send(http.request("/api/v1/agents"));

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).isEqualTo("{\"detail\":\"API key required\"}");
      assertThat(response.headers().firstValue("www-authenticate")).hasValue("Bearer");
    }
  }

  @Test
  void anyNonEmptyKeyIsAcceptedByDefaultInEitherHeader() {
    try (Simulator sim = Simulator.start(TestSimulators.config())) {
      TestHttp http = new TestHttp(sim.baseUrl());

      assertThat(status(http, "X-API-Key", "whatever")).isEqualTo(200);
      assertThat(status(http, "Authorization", "Bearer whatever")).isEqualTo(200);
      assertThat(status(http, "Authorization", "bearer lower-case-scheme")).isEqualTo(200);
      assertThat(status(http, "Authorization", "Bearer ")).isEqualTo(401);
      assertThat(status(http, "Authorization", "Basic dXNlcjpwYXNz")).isEqualTo(401);
    }
  }

  @Test
  void explicitKeysRejectOthersAndXApiKeyIsCheckedFirst() {
    try (Simulator sim = Simulator.start(TestSimulators.config().withApiKeys(Set.of("good")))) {
      TestHttp http = new TestHttp(sim.baseUrl());

      assertThat(status(http, "X-API-Key", "good")).isEqualTo(200);
      assertThat(status(http, "Authorization", "Bearer good")).isEqualTo(200);
      HttpResponse<String> bad = http.send(http.request("/api/v1/agents")
          .header("X-API-Key", "bad").header("Authorization", "Bearer good"));
      assertThat(bad.statusCode()).as("X-API-Key wins over a good Bearer").isEqualTo(401);
      assertThat(bad.body()).isEqualTo("{\"detail\":\"Invalid API key\"}");
    }
  }

  @Test
  void organizationHeaderIsEchoedOnCreatedCalls() {
    try (Simulator sim = Simulator.start(TestSimulators.config())) {
      TestHttp http = new TestHttp(sim.baseUrl());
      String agentId = json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();

      HttpResponse<String> created = http.send(http.request("/api/v1/calls")
          .header("X-API-Key", "k").header("X-Organization-ID", "org_mine")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"agent_id\":\"" + agentId + "\",\"phone_number\":\"+15551230000\"}")));

      assertThat(created.statusCode()).isEqualTo(200);
      assertThat(json(created).get("organization_id").asText()).isEqualTo("org_mine");
    }
  }

  private static int status(TestHttp http, String header, String value) {
    return http.send(http.request("/api/v1/agents").header(header, value)).statusCode();
  }
}
