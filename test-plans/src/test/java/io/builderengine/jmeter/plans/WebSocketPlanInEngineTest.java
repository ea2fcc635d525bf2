package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.Test;

/** websocket.jmx's three groups on JMeter's real engine, counted from the simulator's side too. */
class WebSocketPlanInEngineTest {

  @Test
  void connectsPerSampleStreamsPerSampleAndKeepsTheStabilitySocketPerThread() throws Exception {
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      Map<String, String> properties = new HashMap<>();
      properties.put("config", ShippedFiles.configFile());
      properties.put("base_url", simulator.baseUrl());
      properties.put("users", "2");
      properties.put("duration", "6");
      properties.put("ramp_up", "0");
      properties.put("ramp_down", "0");
      properties.put("stream_seconds", "2");
      properties.put("ws_connect_users", "1");
      properties.put("ws_connects_per_second", "5");
      properties.put("ws_stability_users", "2");

      List<SampleResult> samples = EmbeddedJMeter.run(ShippedFiles.plan("websocket.jmx"), properties);

      assertThat(samples).allSatisfy(s -> assertThat(s.isSuccessful())
          .as("%s: %s %s", s.getSampleLabel(), s.getResponseCode(), s.getResponseMessage()).isTrue());
      Map<String, Long> byLabel = samples.stream()
          .collect(Collectors.groupingBy(SampleResult::getSampleLabel, Collectors.counting()));
      assertThat(byLabel.get("WS connect")).as("5 connects/s for 6 s").isBetween(26L, 31L);
      assertThat(byLabel.get("Media stream")).as("2 threads, 2 s streams, 6 s").isBetween(6L, 8L);
      assertThat(byLabel.get("Control socket")).as("2 threads, 5 s segments, 6 s").isBetween(2L, 4L);
      assertThat(samples).filteredOn(s -> s.getSampleLabel().equals("Control socket"))
          .allSatisfy(s -> assertThat(s.getResponseDataAsString()).contains("\"frames_sent\":250"));

      JsonNode opened = adminStats(simulator).get("streams_opened");
      assertThat(opened.get("media").asLong()).isEqualTo(byLabel.get("Media stream"));
      assertThat(opened.get("control").asLong()).as("one socket per connect sample, one per stability thread")
          .isEqualTo(byLabel.get("WS connect") + 2);
    }
  }

  private static JsonNode adminStats(Simulator simulator) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/admin/stats")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }
}
