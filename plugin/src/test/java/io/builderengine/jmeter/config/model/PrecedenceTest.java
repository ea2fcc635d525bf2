package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command line > environment > profile > file, value by value, on {@code minimal-config.yaml} with
 * a literal API key (so the file's key and BE_API_KEY differ).
 */
class PrecedenceTest {

  private static final Map<String, String> NONE = Map.of();

  static Stream<Arguments> cases() {
    Function<RunSettings, Object> users = RunSettings::users;
    Function<RunSettings, Object> rps = RunSettings::targetRps;
    Function<RunSettings, Object> duration = RunSettings::durationSeconds;
    Function<RunSettings, Object> rampUp = RunSettings::rampUpSeconds;
    Function<RunSettings, Object> rampDown = RunSettings::rampDownSeconds;
    Function<RunSettings, Object> profile = RunSettings::profileName;
    Function<RunSettings, Object> baseUrl = RunSettings::baseUrl;
    Function<RunSettings, Object> org = RunSettings::organizationId;
    Function<RunSettings, Object> socket = RunSettings::websocketUrl;
    Function<RunSettings, Object> key = run -> run.apiKey().reveal();
    return Stream.of(
        Arguments.of("profile: default light", NONE, NONE, profile, "light"),
        Arguments.of("profile: -Jprofile", Map.of("profile", "smoke"), NONE, profile, "smoke"),
        Arguments.of("users: profile", Map.of("profile", "smoke"), NONE, users, 5),
        Arguments.of("users: -Jusers", Map.of("profile", "smoke", "users", "7"), NONE, users, 7),
        Arguments.of("users: blank -Jusers is not given", Map.of("profile", "smoke", "users", " "), NONE, users, 5),
        Arguments.of("rps: profile", Map.of("profile", "smoke"), NONE, rps, 10.0),
        Arguments.of("rps: -Jrps", Map.of("profile", "smoke", "rps", "12.5"), NONE, rps, 12.5),
        Arguments.of("duration: profile", Map.of("profile", "smoke"), NONE, duration, 30),
        Arguments.of("duration: -Jduration", Map.of("profile", "smoke", "duration", "45"), NONE, duration, 45),
        Arguments.of("ramp-up: profile", Map.of("profile", "smoke"), NONE, rampUp, 5),
        Arguments.of("ramp-up: -Jramp_up", Map.of("profile", "smoke", "ramp_up", "0"), NONE, rampUp, 0),
        Arguments.of("ramp-down: profile", Map.of("profile", "smoke"), NONE, rampDown, 5),
        Arguments.of("ramp-down: -Jramp_down", Map.of("profile", "smoke", "ramp_down", "10"), NONE, rampDown, 10),
        Arguments.of("ramps: -J values checked together", Map.of("duration", "20", "ramp_up", "15", "ramp_down", "5"),
            NONE, duration, 20),
        Arguments.of("base URL: file", NONE, NONE, baseUrl, "http://localhost:8000"),
        Arguments.of("base URL: -Jbase_url, trailing slash dropped", Map.of("base_url", "https://127.0.0.1:9000/"),
            NONE, baseUrl, "https://127.0.0.1:9000"),
        Arguments.of("control socket: file", NONE, NONE, socket, "ws://localhost:8000/ws"),
        Arguments.of("control socket: follows -Jbase_url to its host",
            Map.of("base_url", "https://127.0.0.1:9000"), NONE, socket, "wss://127.0.0.1:9000/ws"),
        Arguments.of("control socket: -Jwebsocket_url over -Jbase_url",
            Map.of("base_url", "http://127.0.0.1:9000", "websocket_url", "ws://127.0.0.1:9001/socket"), NONE,
            socket, "ws://127.0.0.1:9001/socket"),
        Arguments.of("org: file", NONE, NONE, org, "org_file"),
        Arguments.of("org: BE_ORG_ID", NONE, Map.of("BE_ORG_ID", "org_env"), org, "org_env"),
        Arguments.of("org: -Jorg_id over BE_ORG_ID", Map.of("org_id", "org_cli"), Map.of("BE_ORG_ID", "org_env"),
            org, "org_cli"),
        Arguments.of("org: empty BE_ORG_ID is not set", NONE, Map.of("BE_ORG_ID", ""), org, "org_file"),
        Arguments.of("key: file", NONE, NONE, key, "sk_file_key"),
        Arguments.of("key: BE_API_KEY", NONE, Map.of("BE_API_KEY", "sk_env_key"), key, "sk_env_key"),
        Arguments.of("key: never from the command line", Map.of("api_key", "sk_cli_key"), NONE, key, "sk_file_key"),
        Arguments.of("key: empty BE_API_KEY is not set", NONE, Map.of("BE_API_KEY", ""), key, "sk_file_key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void laterLayersWin(String name, Map<String, String> commandLine, Map<String, String> environment,
      Function<RunSettings, Object> value, Object expected, @TempDir Path directory) {
    String yaml = ConfigFixture.edit(ConfigFixture.minimal(), "${BE_API_KEY:-sk_test_simulator}", "sk_file_key");
    SuiteConfig config = ConfigLoader.load(ConfigFixture.write(directory, yaml), environment);
    RunSettings run = RunSettings.resolve(config, commandLine, environment);
    assertThat(value.apply(run)).isEqualTo(expected);
  }
}
