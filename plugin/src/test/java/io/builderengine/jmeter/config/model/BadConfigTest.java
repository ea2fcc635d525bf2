package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.ConfigFixture.edit;
import static io.builderengine.jmeter.config.model.ConfigFixture.minimal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bad config fails with the one message the user sees, naming file:line:column (counted in
 * {@code minimal-config.yaml}, which each case edits) or the {@code -J} property as typed.
 */
@Tag("faults")
class BadConfigTest {

  /**
   * One bad configuration.
   *
   * @param message the whole expected message; {@code {file}} stands for the file's path
   */
  record BadConfig(String name, String yaml, Map<String, String> commandLine, Map<String, String> environment,
      String message) {

    static BadConfig inFile(String name, String yaml, String message) {
      return new BadConfig(name, yaml, Map.of(), Map.of(), message);
    }

    static BadConfig onCommandLine(String name, Map<String, String> commandLine, String message) {
      return new BadConfig(name, minimal(), commandLine, Map.of(), message);
    }

    /** Loads and resolves as the config element will. */
    RunSettings run(Path directory, Map<String, String> extraEnvironment) {
      Map<String, String> env = new HashMap<>(environment);
      env.putAll(extraEnvironment);
      SuiteConfig config = ConfigLoader.load(ConfigFixture.write(directory, yaml), env);
      return RunSettings.resolve(config, commandLine, env);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadConfig> cases() {
    String minimal = minimal();
    return Stream.of(
        BadConfig.inFile("YAML syntax error", edit(minimal, "concurrent_users: 5", "concurrent_users: 5: 6"),
            "{file}:7:24: YAML syntax error: mapping values are not allowed here"),
        BadConfig.inFile("YAML syntax error: unclosed quote", edit(minimal, "org_file", "\"org_file"),
            "{file}:21:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at 4:20)"),
        BadConfig.inFile("unknown key near a known one", edit(minimal, "concurrent_users: 5", "concurent_users: 5"),
            "{file}:7:5: unknown key 'concurent_users' in profiles.smoke; did you mean 'concurrent_users'?"),
        BadConfig.inFile("unknown key far from any",
            edit(minimal, "    ramp_down_seconds: 5\n", "    ramp_down_seconds: 5\n    banana: 1\n"),
            "{file}:12:5: unknown key 'banana' in profiles.smoke; allowed keys: concurrent_users,"
                + " requests_per_second, duration_seconds, ramp_up_seconds, ramp_down_seconds"),
        BadConfig.inFile("unknown key at the top level", edit(minimal, "thresholds:", "tresholds:"),
            "{file}:13:1: unknown key 'tresholds' at the top level; did you mean 'thresholds'?"),
        BadConfig.inFile("text where a number goes", edit(minimal, "concurrent_users: 5", "concurrent_users: \"five\""),
            "{file}:7:23: profiles.smoke.concurrent_users must be a whole number of 1 or more,"
                + " not the string \"five\""),
        BadConfig.inFile("quoted number", edit(minimal, "concurrent_users: 5", "concurrent_users: \"5\""),
            "{file}:7:23: profiles.smoke.concurrent_users must be a whole number of 1 or more,"
                + " not the string \"5\" (remove the quotes)"),
        BadConfig.inFile("list where a mapping goes", edit(minimal, "output:\n  formats: [json, html]",
                "output: [json, html]"),
            "{file}:19:9: output must be a mapping of keys, not a list"),
        // Found by ConfigLoaderFuzzIT: a quoted value that spans lines must not break the message's one line.
        BadConfig.inFile("text of two lines where a number goes",
            edit(minimal, "concurrent_users: 5", "concurrent_users: \"five\\nusers\""),
            "{file}:7:23: profiles.smoke.concurrent_users must be a whole number of 1 or more,"
                + " not the string \"five\\nusers\""),
        BadConfig.inFile("zero users", edit(minimal, "concurrent_users: 5", "concurrent_users: 0"),
            "{file}:7:23: profiles.smoke.concurrent_users must be a whole number of 1 or more, not 0"),
        BadConfig.inFile("negative rate", edit(minimal, "requests_per_second: 10", "requests_per_second: -10"),
            "{file}:8:26: profiles.smoke.requests_per_second must be a number more than 0, not -10"),
        BadConfig.inFile("5.5 users", edit(minimal, "concurrent_users: 5", "concurrent_users: 5.5"),
            "{file}:7:23: profiles.smoke.concurrent_users must be a whole number of 1 or more, not 5.5"),
        BadConfig.inFile("error rate over 1", edit(minimal, "max_error_rate: 0.01", "max_error_rate: 1.5"),
            "{file}:17:19: thresholds.max_error_rate must be a number from 0 to 1, not 1.5"),
        BadConfig.inFile("ramps longer than the duration", edit(minimal, "ramp_up_seconds: 5", "ramp_up_seconds: 26"),
            "{file}:6:3: profiles.smoke: ramp_up_seconds 26 + ramp_down_seconds 5 = 31 s, longer than"
                + " duration_seconds 30; shorten the ramps or lengthen the duration"),
        BadConfig.inFile("missing required key", edit(minimal, "    duration_seconds: 30\n", ""),
            "{file}:6:3: missing required key 'duration_seconds' in profiles.smoke"),
        BadConfig.inFile("missing threshold", edit(minimal, "  max_p99_response_time_ms: 2000\n", ""),
            "{file}:13:1: missing required key 'max_p99_response_time_ms' in thresholds"),
        BadConfig.inFile("duplicate key",
            edit(minimal, "    ramp_down_seconds: 5\n", "    ramp_down_seconds: 5\n    concurrent_users: 6\n"),
            "{file}:12:5: duplicate key 'concurrent_users' in profiles.smoke (first on line 7)"),
        BadConfig.inFile("unknown output format", edit(minimal, "formats: [json, html]", "formats: [json, pdf]"),
            "{file}:20:19: output.formats[1] must be one of json, html, markdown, junit, not 'pdf'"),
        BadConfig.inFile("no profiles",
            minimal.replaceFirst("(?s)profiles:.*?thresholds:", "profiles: {}\nthresholds:"),
            "{file}:5:11: profiles is empty; define at least one, e.g. light: {concurrent_users: 10,"
                + " requests_per_second: 50, duration_seconds: 60, ramp_up_seconds: 10, ramp_down_seconds: 5}"),
        BadConfig.inFile("unset variable without default",
            edit(minimal, "${BE_API_KEY:-sk_test_simulator}", "${BE_API_KEY}"),
            "{file}:3:12: ${BE_API_KEY} is not set and has no default; set it or write ${BE_API_KEY:-value}"),
        BadConfig.inFile("base URL not http", edit(minimal, "base_url: http://", "base_url: ftp://"),
            "{file}:2:13: target.base_url must be an http:// or https:// URL with a host, e.g. http://localhost:8000,"
                + " not 'ftp://localhost:8000'"),
        BadConfig.inFile("websocket URL not ws", edit(minimal, "  organization_id: org_file\n",
                "  organization_id: org_file\n  websocket_url: http://localhost:8000/ws\n"),
            "{file}:5:18: target.websocket_url must be a ws:// or wss:// URL with a host, e.g. ws://localhost:8000/ws,"
                + " not 'http://localhost:8000/ws'"),
        BadConfig.inFile("Slack on without a webhook", minimal + "notifications:\n  slack:\n    enabled: true\n",
            "{file}:22:3: notifications.slack is enabled but has no webhook_url; set SLACK_WEBHOOK_URL or disable it"),
        BadConfig.inFile("Slack webhook not a URL", minimal
                + "notifications:\n  slack:\n    enabled: true\n    webhook_url: hooks.slack.com/services/T0/B0/s3cr3t\n",
            "{file}:24:18: notifications.slack.webhook_url must be an http:// or https:// URL with a host, e.g."
                + " https://hooks.slack.com/services/...; it is a secret, so it is not shown: check SLACK_WEBHOOK_URL"),
        BadConfig.onCommandLine("unknown profile", Map.of("profile", "smok"),
            "{file}: unknown profile 'smok'; known profiles: light, smoke"),
        BadConfig.onCommandLine("-Jbase_url not http", Map.of("base_url", "localhost:8000"),
            "-Jbase_url=localhost:8000: must be an http:// or https:// URL with a host, e.g. http://localhost:8000"),
        BadConfig.onCommandLine("-Jwebsocket_url not ws", Map.of("websocket_url", "http://localhost:8000/ws"),
            "-Jwebsocket_url=http://localhost:8000/ws: must be a ws:// or wss:// URL with a host, e.g."
                + " ws://localhost:8000/ws"),
        BadConfig.inFile("TLS flag not true or false",
            edit(minimal, "  organization_id: org_file", "  organization_id: org_file\n  tls:\n    trust_self_signed: maybe"),
            "{file}:6:24: target.tls.trust_self_signed must be true or false, not 'maybe'"),
        BadConfig.inFile("unknown TLS key", edit(minimal, "  organization_id: org_file",
            "  organization_id: org_file\n  tls:\n    trust_self_signd: true"),
            "{file}:6:5: unknown key 'trust_self_signd' in target.tls; did you mean 'trust_self_signed'?"),
        BadConfig.onCommandLine("-Jtls_trust_self_signed not a flag", Map.of("tls_trust_self_signed", "yes"),
            "-Jtls_trust_self_signed=yes: must be true or false"),
        BadConfig.onCommandLine("-Jusers not a number", Map.of("users", "abc"),
            "-Jusers=abc: must be a whole number of 1 or more"),
        BadConfig.onCommandLine("-Jrps zero", Map.of("rps", "0"),
            "-Jrps=0: must be a number more than 0"),
        BadConfig.onCommandLine("-Jramp_up negative", Map.of("ramp_up", "-1"),
            "-Jramp_up=-1: must be a whole number of 0 or more"),
        BadConfig.onCommandLine("-Jduration shorter than the ramps", Map.of("profile", "smoke", "duration", "9"),
            "profile smoke's ramp_up_seconds 5 + profile smoke's ramp_down_seconds 5 = 10 s, longer than"
                + " -Jduration 9; shorten the ramps or lengthen the duration"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithOneMessageNamingWhereAndWhat(BadConfig bad, @TempDir Path directory) {
    String file = directory.resolve("config.yaml").toString();
    assertThatThrownBy(() -> bad.run(directory, Map.of()))
        .isExactlyInstanceOf(ConfigException.class)
        .hasMessage(bad.message().replace("{file}", file));
  }

  @Test
  void aMissingFileSaysHowToPointAtAnother(@TempDir Path directory) {
    Path missing = directory.resolve("nowhere.yaml");
    assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of()))
        .isExactlyInstanceOf(ConfigException.class)
        .hasMessage(missing + ": no such file (looked in " + missing + "); point at another with -Jconfig=PATH");
  }

  @Test
  void anEmptyFileSaysWhatItNeeds(@TempDir Path directory) {
    Path empty = ConfigFixture.write(directory, "# nothing yet\n");
    assertThatThrownBy(() -> ConfigLoader.load(empty, Map.of()))
        .hasMessage(empty + ": the file is empty; it needs at least target:, profiles: and thresholds:");
  }

  @Test
  void aListAtTheTopLevelIsNotAConfig(@TempDir Path directory) {
    Path list = ConfigFixture.write(directory, "- target\n- profiles\n");
    assertThatThrownBy(() -> ConfigLoader.load(list, Map.of()))
        .hasMessage(list + ":1:1: the file must be a mapping of sections (target:, profiles:, thresholds:, ...),"
            + " not a single value or a list");
  }

  /** A "billion laughs" file stops at SnakeYAML's alias limit instead of filling the heap. */
  @Test
  void aliasBombsStopAtTheParsersLimit(@TempDir Path directory) {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 60; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
          .append("]\n");
    }
    Path bomb = ConfigFixture.write(directory, yaml.toString());
    assertThatThrownBy(() -> ConfigLoader.load(bomb, Map.of()))
        .isExactlyInstanceOf(ConfigException.class)
        .hasMessageStartingWith(bomb + ": YAML error: Number of aliases for non-scalar nodes exceeds"
            + " the specified max=50")
        .hasMessageNotContaining("\n");
  }
}
