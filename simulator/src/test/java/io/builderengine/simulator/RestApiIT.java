package io.builderengine.simulator;

import static io.builderengine.simulator.support.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.support.TestHttp;
import io.builderengine.simulator.support.TestSimulators;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read routes of the REST API: status codes and the exact flat shapes. */
class RestApiIT {

  private static Simulator simulator;
  private static TestHttp http;

  @BeforeAll
  static void start() {
    simulator = Simulator.start(TestSimulators.config());
    http = new TestHttp(simulator.baseUrl());
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/health", "/api/v1/health"})
  void healthAnswersWithoutApiKey(String path) {
    HttpResponse<String> response = http.send(http.request(path).GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(response.body())
        .isEqualTo("{\"status\":\"healthy\",\"service\":\"platform-api\",\"version\":\"1.0.0\"}");
  }

  @Test
  void agentsListHasTheFlatShapeWithDefaultPageSize() {
    JsonNode page = json(http.get("/api/v1/agents"));

    assertThat(fieldNames(page)).containsExactly("agents", "total", "page", "page_size");
    assertThat(page.get("total").asInt()).isEqualTo(50);
    assertThat(page.get("page").asInt()).isEqualTo(1);
    assertThat(page.get("page_size").asInt()).isEqualTo(20);
    assertThat(page.get("agents")).hasSize(20);
    JsonNode agent = page.get("agents").get(0);
    assertThat(fieldNames(agent)).containsExactly("id", "owner_id", "organization_id", "name",
        "description", "status", "llm_model", "voice_id", "language", "created_at", "updated_at");
    assertThat(agent.get("id").asText()).matches("agent_[0-9a-f]{12}");
    assertThat(agent.get("status").asText()).isIn("draft", "active", "paused", "archived");
    assertThat(agent.get("llm_model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(agent.get("language").asText()).isEqualTo("en-US");
    assertThat(agent.get("created_at").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  }

  @Test
  void lastAgentsPageHoldsTheRemainder() {
    JsonNode page = json(http.get("/api/v1/agents?page=3&page_size=20"));

    assertThat(page.get("agents")).hasSize(10);
    assertThat(page.get("page").asInt()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page_size=101", "page_size=0", "page=0", "page=abc"})
  void badPagingIsUnprocessable(String query) {
    HttpResponse<String> response = http.get("/api/v1/agents?" + query);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode error = json(response).get("detail").get(0);
    assertThat(error.get("loc").get(0).asText()).isEqualTo("query");
    assertThat(error.get("loc").get(1).asText()).isEqualTo(query.substring(0, query.indexOf('=')));
    assertThat(error.get("msg").asText()).isNotBlank();
  }

  @Test
  void agentByIdAndUnknownAgent() {
    String id = json(http.get("/api/v1/agents")).get("agents").get(3).get("id").asText();

    assertThat(json(http.get("/api/v1/agents/" + id)).get("id").asText()).isEqualTo(id);
    HttpResponse<String> unknown = http.get("/api/v1/agents/agent_000000000000");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("{\"detail\":\"Agent not found\"}");
  }

  @Test
  void callsListHasTotalPagesAndEveryCallField() {
    JsonNode page = json(http.get("/api/v1/calls?page_size=7"));

    assertThat(fieldNames(page))
        .containsExactly("calls", "total", "page", "page_size", "total_pages");
    assertThat(page.get("total").asInt()).isEqualTo(200);
    assertThat(page.get("total_pages").asInt()).isEqualTo(29);
    JsonNode call = page.get("calls").get(0);
    assertThat(fieldNames(call)).contains("id", "agent_id", "session_id", "direction",
        "from_number", "to_number", "status", "started_at", "ended_at", "duration_seconds",
        "metadata", "created_at", "updated_at");
    assertThat(call.get("id").asText()).matches("call_[0-9a-f]{12}");
    assertThat(call.get("from_number").asText()).matches("\\+1555\\d{7}");
  }

  @Test
  void callsListIsNewestFirstAndFiltersByStatus() {
    JsonNode calls = json(http.get("/api/v1/calls?page_size=100")).get("calls");
    List<String> created = new ArrayList<>();
    calls.forEach(call -> created.add(call.get("created_at").asText()));
    assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));

    JsonNode busy = json(http.get("/api/v1/calls?status=busy&page_size=100"));
    assertThat(busy.get("calls")).isNotEmpty()
        .allSatisfy(call -> assertThat(call.get("status").asText()).isEqualTo("busy"));
    assertThat(busy.get("total").asInt()).isEqualTo(busy.get("calls").size());
    assertThat(http.get("/api/v1/calls?status=bogus").statusCode()).isEqualTo(422);
  }

  @Test
  void analyticsOverviewHasEveryField() {
    JsonNode overview = json(http.get("/api/v1/analytics/overview"));

    assertThat(fieldNames(overview)).containsExactly("total_calls", "calls_today",
        "calls_this_week", "calls_this_month", "total_minutes", "avg_call_duration_seconds",
        "completion_rate", "avg_response_time_ms", "calls_trend_percentage",
        "duration_trend_percentage", "active_agents", "total_agents");
    assertThat(overview.get("total_calls").asInt()).isGreaterThanOrEqualTo(200);
    assertThat(overview.get("total_agents").asInt()).isEqualTo(50);
    assertThat(overview.get("completion_rate").asDouble()).isBetween(0.0, 1.0);
    assertThat(overview.get("total_minutes").asLong()).isPositive();
  }

  @Test
  void phoneNumbersListHasTheFlatShape() {
    JsonNode page = json(http.get("/api/v1/phone-numbers?page_size=5"));

    assertThat(fieldNames(page))
        .containsExactly("numbers", "total", "page", "page_size", "total_pages");
    assertThat(page.get("total").asInt()).isEqualTo(20);
    assertThat(page.get("total_pages").asInt()).isEqualTo(4);
    JsonNode number = page.get("numbers").get(0);
    assertThat(fieldNames(number)).containsExactly("id", "number", "friendly_name", "agent_id",
        "capabilities", "status", "created_at");
    assertThat(number.get("id").asText()).matches("pn_[0-9a-f]{12}");
    assertThat(number.get("number").asText()).matches("\\+1555\\d{7}");
  }

  @Test
  void unknownRouteAndWrongMethod() {
    HttpResponse<String> unknown = http.get("/api/v1/nothing-here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("{\"detail\":\"Not Found\"}");

    HttpResponse<String> wrongMethod = http.send(http.request("/api/v1/agents")
        .header("Authorization", "Bearer k").DELETE());
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
    assertThat(wrongMethod.headers().firstValue("allow")).hasValue("GET");
  }

  @Test
  void webSocketPathWithoutUpgradeSaysUpgradeRequired() {
    HttpResponse<String> response = http.send(http.request("/media-stream").GET());

    assertThat(response.statusCode()).isEqualTo(426);
    assertThat(response.headers().firstValue("upgrade")).hasValue("websocket");
  }

  @Test
  void sameSeedGivesSameDataAndOtherSeedOther() {
    String firstAgent = json(http.get("/api/v1/agents")).get("agents").get(0).get("id").asText();
    try (Simulator same = Simulator.start(TestSimulators.config());
        Simulator other = Simulator.start(TestSimulators.config().withSeed(7))) {
      assertThat(firstAgentId(same)).isEqualTo(firstAgent);
      assertThat(firstAgentId(other)).isNotEqualTo(firstAgent);
    }
  }

  private static String firstAgentId(Simulator sim) {
    return json(new TestHttp(sim.baseUrl()).get("/api/v1/agents")).get("agents").get(0)
        .get("id").asText();
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
