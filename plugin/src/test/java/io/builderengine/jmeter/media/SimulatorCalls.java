package io.builderengine.jmeter.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Creates calls on a simulator over its REST API, for the streams that need a call id. */
final class SimulatorCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SimulatorCalls() {
  }

  /** A new call of the first seeded agent; its id. */
  static String create(String baseUrl) throws Exception {
    String agentId = request(baseUrl, "/api/v1/agents", null).get("agents").get(0).get("id").asText();
    return request(baseUrl, "/api/v1/calls", "{\"agent_id\":\"" + agentId + "\"}").get("id").asText();
  }

  private static JsonNode request(String baseUrl, String path, String postBody) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(5)).header("X-API-Key", "test-key")
        .header("Content-Type", "application/json");
    request = postBody == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(postBody));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
