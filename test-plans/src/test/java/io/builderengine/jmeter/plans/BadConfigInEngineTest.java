package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * api.jmx on JMeter's real engine with a broken configuration: each case stops the test at start
 * with its one-line message, and the target (a fresh simulator per case) receives nothing.
 */
@Tag("faults")
class BadConfigInEngineTest {


  /** A valid file; each case breaks one thing in it. */
  private static final String VALID = String.join("\n",
      "target:",
      "  base_url: \"http://127.0.0.1:9\"",
      "  api_key: \"sk_test_simulator\"",
      "  organization_id: \"org_test\"",
      "  websocket_url: \"ws://127.0.0.1:9/ws\"",
      "  database_url: \"postgresql://127.0.0.1:5432/builderengine\"",
      "profiles:",
      "  smoke:",
      "    concurrent_users: 5",
      "    requests_per_second: 10",
      "    duration_seconds: 30",
      "    ramp_up_seconds: 5",
      "    ramp_down_seconds: 5",
      "thresholds:",
      "  max_avg_response_time_ms: 500",
      "  max_p95_response_time_ms: 1000",
      "  max_p99_response_time_ms: 2000",
      "  max_error_rate: 0.01",
      "  min_requests_per_second: 5",
      "");

  @TempDir
  Path folder;

  static Stream<Arguments> badConfigurations() {
    return Stream.of(
        Arguments.of("YAML syntax error", VALID.replace("    ramp_up_seconds: 5", "    ramp_up_seconds: [5"),
            Map.of(), "config.yaml:13:22: YAML syntax error: "),
        Arguments.of("typo in a key", VALID.replace("concurrent_users", "concurent_users"),
            Map.of(), "config.yaml:9:5: unknown key 'concurent_users' in profiles.smoke; did you mean 'concurrent_users'?"),
        Arguments.of("wrong type", VALID.replace("concurrent_users: 5", "concurrent_users: five"),
            Map.of(), "config.yaml:9:23: profiles.smoke.concurrent_users must be a whole number of 1 or more, not 'five'"),
        Arguments.of("zero users", VALID.replace("concurrent_users: 5", "concurrent_users: 0"),
            Map.of(), "config.yaml:9:23: profiles.smoke.concurrent_users must be a whole number of 1 or more, not 0"),
        Arguments.of("negative rate", VALID.replace("requests_per_second: 10", "requests_per_second: -10"),
            Map.of(), "config.yaml:10:26: profiles.smoke.requests_per_second must be a number more than 0, not -10"),
        Arguments.of("unknown profile", VALID, Map.of("profile", "smok"),
            "unknown profile 'smok'; known profiles: smoke"),
        Arguments.of("unset variable", VALID.replace("org_test", "${BE_TEST_SURELY_UNSET_VARIABLE}"),
            Map.of(), "config.yaml:4:20: ${BE_TEST_SURELY_UNSET_VARIABLE} is not set and has no default"),
        Arguments.of("base URL not http", VALID.replace("http://127.0.0.1:9\"", "ftp://127.0.0.1:9\""),
            Map.of(), "config.yaml:2:13: target.base_url must be an http:// or https:// URL with a host"),
        Arguments.of("-Jbase_url not http", VALID, Map.of("base_url", "127.0.0.1:8000"),
            "-Jbase_url=127.0.0.1:8000: must be an http:// or https:// URL with a host"),
        Arguments.of("-Jusers not a number", VALID, Map.of("users", "abc"), "-Jusers=abc: must be a whole number of 1 or more"),
        Arguments.of("ramps longer than the run", VALID, Map.of("duration", "8"), "= 10 s, longer than -Jduration 8"),
        Arguments.of("error rate above 1", VALID.replace("max_error_rate: 0.01", "max_error_rate: 1.5"),
            Map.of(), "config.yaml:18:19: thresholds.max_error_rate must be a number from 0 to 1, not 1.5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigurations")
  void stopsBeforeAnyRequestWithItsMessage(String name, String yaml, Map<String, String> commandLine,
      String expectedMessage) throws Exception {
    Path config = folder.resolve("config.yaml");
    Files.writeString(config, yaml);
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      Map<String, String> properties = new HashMap<>(commandLine);
      properties.put("config", config.toString());
      properties.putIfAbsent("profile", "smoke");
      properties.putIfAbsent("base_url", simulator.baseUrl());
      List<SampleResult> samples = new java.util.ArrayList<>();

      Throwable failure = catchThrowable(() -> samples.addAll(EmbeddedJMeter.run(ShippedFiles.plan("api.jmx"), properties)));

      assertThat(failure).as("the test must not start").isNotNull();
      // JMeter wraps what testStarted throws ("Unable to execute testStarted(null) for test element ...").
      assertThat(org.apache.commons.lang3.exception.ExceptionUtils.getThrowableList(failure))
          .extracting(Throwable::getMessage)
          .anySatisfy(message -> assertThat(message).startsWith("Builder Engine Config: ").contains(expectedMessage));
      assertThat(samples).as("samples").isEmpty();
      JsonNode stats = adminStats(simulator);
      assertThat(stats.path("requests_total").asLong()).as("requests the target received").isZero();
      assertThat(stats.path("connections_accepted").asLong()).as("connections besides this check").isEqualTo(1);
    }
  }

  private static JsonNode adminStats(Simulator simulator) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/admin/stats")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }
}
