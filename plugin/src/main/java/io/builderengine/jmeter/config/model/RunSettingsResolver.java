package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.NumberRule.MORE_THAN_ZERO;
import static io.builderengine.jmeter.config.model.NumberRule.WHOLE_AT_LEAST_ONE;
import static io.builderengine.jmeter.config.model.NumberRule.WHOLE_AT_LEAST_ZERO;

import io.builderengine.jmeter.tls.PemCertificates;
import io.builderengine.jmeter.tls.TlsTrust;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Works out one run's settings from the file, the chosen profile, the environment and the command
 * line, each over the one before; see {@link RunSettings#resolve}. An override is checked by the rule
 * its file key follows, and a bad one is named as typed: {@code -Jusers=abc: ...}.
 *
 * <p>Stateless and thread-safe.
 */
final class RunSettingsResolver {

  static final String DEFAULT_PROFILE = "light";

  private RunSettingsResolver() {
  }

  static RunSettings resolve(SuiteConfig config, Map<String, String> commandLine, Map<String, String> environment) {
    String requestedProfile = given(commandLine, "profile");
    String profileName = requestedProfile != null ? requestedProfile : DEFAULT_PROFILE;
    LoadProfile profile = config.profiles().get(profileName);
    if (profile == null) {
      throw new ConfigException(config.source() + ": unknown profile '" + profileName + "'"
          + (requestedProfile == null ? " (the default; choose one with -Jprofile=NAME)" : "")
          + "; known profiles: " + String.join(", ", new TreeSet<>(config.profiles().keySet())));
    }
    int users = (int) override(commandLine, "users", WHOLE_AT_LEAST_ONE, profile.concurrentUsers());
    double targetRps = override(commandLine, "rps", MORE_THAN_ZERO, profile.requestsPerSecond());
    int durationSeconds = (int) override(commandLine, "duration", WHOLE_AT_LEAST_ONE, profile.durationSeconds());
    int rampUpSeconds = (int) override(commandLine, "ramp_up", WHOLE_AT_LEAST_ZERO, profile.rampUpSeconds());
    int rampDownSeconds = (int) override(commandLine, "ramp_down", WHOLE_AT_LEAST_ZERO, profile.rampDownSeconds());
    RampCheck.problem(
        label(commandLine, "ramp_up", profileName, "ramp_up_seconds"), rampUpSeconds,
        label(commandLine, "ramp_down", profileName, "ramp_down_seconds"), rampDownSeconds,
        label(commandLine, "duration", profileName, "duration_seconds"), durationSeconds)
        .ifPresent(problem -> {
          throw new ConfigException(problem);
        });

    Target target = config.target();
    String organizationId = firstGiven(given(commandLine, "org_id"), given(environment, "BE_ORG_ID"),
        target.organizationId());
    String apiKey = given(environment, "BE_API_KEY");
    String baseUrl = baseUrl(commandLine, target);
    return new RunSettings(profileName, users, targetRps, durationSeconds, rampUpSeconds, rampDownSeconds,
        baseUrl, apiKey != null ? Secret.of(apiKey) : target.apiKey(), organizationId,
        websocketUrl(commandLine, target, baseUrl), target.databaseUrl(), tls(commandLine, target.tls()),
        config.thresholds(), config.requests(), config.output(), config);
  }

  private static TlsTrust tls(Map<String, String> commandLine, TlsTrust fromFile) {
    boolean trustSelfSigned = fromFile.trustSelfSigned();
    String typedFlag = given(commandLine, "tls_trust_self_signed");
    if (typedFlag != null) {
      String flag = typedFlag.toLowerCase(Locale.ROOT);
      if (!flag.equals("true") && !flag.equals("false")) {
        throw new ConfigException("-Jtls_trust_self_signed=" + typedFlag + ": must be true or false");
      }
      trustSelfSigned = flag.equals("true");
    }
    Path caFile = fromFile.caFile();
    String typedFile = given(commandLine, "tls_ca_file");
    if (typedFile != null) {
      try {
        caFile = PemCertificates.checkedFile(typedFile, null);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("-Jtls_ca_file=" + typedFile + ": " + e.getMessage(), e);
      }
    }
    return new TlsTrust(trustSelfSigned, caFile);
  }

  private static String baseUrl(Map<String, String> commandLine, Target target) {
    String typed = given(commandLine, "base_url");
    if (typed == null) {
      return target.baseUrl();
    }
    return UrlRule.HTTP.check(typed).orElseThrow(() -> new ConfigException(
        "-Jbase_url=" + UrlRedaction.redact(typed) + ": must be " + UrlRule.HTTP.wording()));
  }

  /**
   * {@code -Jwebsocket_url}, else the file's control socket; moved to the host of {@code -Jbase_url}
   * when only the base URL is overridden, since a test pointed elsewhere must not stream to the old
   * host.
   */
  private static String websocketUrl(Map<String, String> commandLine, Target target, String baseUrl) {
    String typed = given(commandLine, "websocket_url");
    if (typed != null) {
      return UrlRule.WEBSOCKET.check(typed).orElseThrow(() -> new ConfigException(
          "-Jwebsocket_url=" + UrlRedaction.redact(typed) + ": must be " + UrlRule.WEBSOCKET.wording()));
    }
    if (given(commandLine, "base_url") == null) {
      return target.websocketUrl();
    }
    URI base = URI.create(baseUrl);
    URI socket = URI.create(target.websocketUrl());
    String scheme = base.getScheme().equalsIgnoreCase("https") ? "wss" : "ws";
    return scheme + "://" + base.getRawAuthority() + (socket.getRawPath() == null ? "" : socket.getRawPath())
        + (socket.getRawQuery() == null ? "" : "?" + socket.getRawQuery());
  }

  private static double override(Map<String, String> commandLine, String key, NumberRule rule,
      double profileValue) {
    String typed = given(commandLine, key);
    if (typed == null) {
      return profileValue;
    }
    OptionalDouble value = rule.parse(typed);
    if (value.isEmpty()) {
      throw new ConfigException("-J" + key + "=" + typed + ": must be " + rule.wording());
    }
    return value.getAsDouble();
  }

  /** How a ramp message names a value: {@code -Jduration}, or {@code profile smoke's duration_seconds}. */
  private static String label(Map<String, String> commandLine, String key, String profileName, String fileKey) {
    return given(commandLine, key) != null ? "-J" + key : "profile " + profileName + "'s " + fileKey;
  }

  /** The value, or null when absent or blank (JMeter hands {@code -Jname=} over as ""). */
  private static String given(Map<String, String> values, String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String firstGiven(String first, String second, String fallback) {
    if (first != null) {
      return first;
    }
    return second != null ? second : fallback;
  }
}
