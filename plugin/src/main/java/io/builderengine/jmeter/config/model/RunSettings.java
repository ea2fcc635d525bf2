package io.builderengine.jmeter.config.model;

import io.builderengine.jmeter.tls.TlsTrust;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The resolved settings of one run: command line > environment > profile > file. Immutable.
 *
 * <p>Thread-safe: every component is immutable. {@link #toString()} and {@link #describe()} mask the
 * API key and the database password, so either may be logged.
 *
 * @param profileName the profile the load shape came from
 * @param users threads (virtual users)
 * @param targetRps requests per second once ramped up, over all users
 * @param durationSeconds whole run, ramps included
 * @param rampUpSeconds time over which the rate climbs from 0
 * @param rampDownSeconds time before the end over which the rate falls to 0
 * @param baseUrl REST API root without a trailing slash
 * @param apiKey sent as {@code Authorization: Bearer}; may be empty
 * @param organizationId sent as {@code X-Organization-ID}; may be ""
 * @param websocketUrl control socket, from the file
 * @param databaseUrl PostgreSQL URL, from the file, password included
 * @param tls which server certificates the run trusts
 * @param config the whole file, for what a run does not override
 */
public record RunSettings(String profileName, int users, double targetRps, int durationSeconds, int rampUpSeconds,
    int rampDownSeconds, String baseUrl, Secret apiKey, String organizationId, String websocketUrl, String databaseUrl,
    TlsTrust tls, Thresholds thresholds, RequestTimeouts requests, Output output, SuiteConfig config) {

  public RunSettings {
    Objects.requireNonNull(profileName, "profileName");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(websocketUrl, "websocketUrl");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(config, "config");
  }

  /**
   * Picks the profile and applies the overrides, checking each override by the rule of the file key it
   * replaces. Precedence: base URL {@code -Jbase_url} > {@code target.base_url}; control socket
   * {@code -Jwebsocket_url} > {@code target.websocket_url} moved to the host of {@code -Jbase_url} when
   * only that is given > {@code target.websocket_url}; organization
   * {@code -Jorg_id} > {@code BE_ORG_ID} > {@code target.organization_id}; TLS trust
   * {@code -Jtls_trust_self_signed} > {@code target.tls.trust_self_signed} and {@code -Jtls_ca_file} (relative to
   * the working folder) > {@code target.tls.ca_file}; API key {@code BE_API_KEY} >
   * {@code target.api_key} (never a command-line property: JMeter logs those); users, rate, duration
   * and ramps {@code -J...} > the profile.
   *
   * @param commandLine JMeter properties given on the command line, keys: profile, users, rps, duration,
   *     ramp_up, ramp_down, base_url, websocket_url, org_id, tls_trust_self_signed, tls_ca_file (absent or blank = not given; values are strings as typed;
   *     other keys are ignored)
   * @param environment the process environment (BE_API_KEY, BE_ORG_ID; empty = not set)
   * @throws ConfigException for an unknown profile (listing the known ones), an override that breaks its
   *     rule (naming it as typed, e.g. {@code -Jusers=abc}), or ramps longer than the duration
   */
  public static RunSettings resolve(SuiteConfig config, Map<String, String> commandLine,
      Map<String, String> environment) {
    return RunSettingsResolver.resolve(config, commandLine, environment);
  }

  /** Each scenario's users and rate in a mixed run, split by the file's weights ({@link ScenarioSplit}). */
  public List<ScenarioShare> scenarioShares() {
    return ScenarioSplit.of(config.scenarios(), users, targetRps);
  }

  /**
   * One line for the log and console, key masked, e.g. "Builder Engine run: profile=smoke users=5
   * rps=10.0 duration=30s ramp-up=5s ramp-down=5s target=http://127.0.0.1:8000 org=org_x key=****abcd
   * (config profiles/config.yaml)".
   */
  public String describe() {
    return "Builder Engine run: profile=" + profileName + " users=" + users + " rps=" + targetRps
        + " duration=" + durationSeconds + "s ramp-up=" + rampUpSeconds + "s ramp-down=" + rampDownSeconds
        + "s target=" + UrlRedaction.redact(baseUrl) + " org=" + (organizationId.isEmpty() ? "(none)" : organizationId)
        + " key=" + apiKey.masked() + " (config " + config.source() + ")";
  }

  @Override
  public String toString() {
    return "RunSettings[profileName=" + profileName + ", users=" + users + ", targetRps=" + targetRps
        + ", durationSeconds=" + durationSeconds + ", rampUpSeconds=" + rampUpSeconds + ", rampDownSeconds="
        + rampDownSeconds + ", baseUrl=" + UrlRedaction.redact(baseUrl) + ", apiKey=" + apiKey
        + ", organizationId=" + organizationId + ", websocketUrl=" + websocketUrl + ", databaseUrl="
        + UrlRedaction.redact(databaseUrl) + ", tls=" + tls + ", thresholds=" + thresholds + ", requests=" + requests
        + ", output=" + output + ", config=" + config + "]";
  }
}
