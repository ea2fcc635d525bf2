package io.builderengine.jmeter.config.model;

import java.util.List;
import java.util.Set;

/**
 * The keys the config file may hold, section by section: the one list {@link SuiteConfigReader}
 * checks the file against, and that the tests compare with {@code profiles/config.schema.json} so the
 * two cannot drift apart.
 *
 * <p>Constants only; immutable and thread-safe.
 */
final class ConfigKeys {

  /**
   * The keys of one mapping.
   *
   * @param pattern where such mappings sit: {@code target}, {@code profiles.*} (any name),
   *     {@code scenarios[]} (each item); "" for the top level
   * @param keys allowed keys, in the order messages list them
   * @param required the keys that must be present
   */
  record Section(String pattern, List<String> keys, Set<String> required) {

    Section {
      keys = List.copyOf(keys);
      required = Set.copyOf(required);
      if (!keys.containsAll(required)) {
        throw new IllegalArgumentException(pattern + ": required keys " + required + " not all in " + keys);
      }
    }
  }

  static final Section ROOT = new Section("",
      List.of("target", "profiles", "thresholds", "requests", "scenarios", "output", "notifications"),
      Set.of("target", "profiles", "thresholds"));
  static final Section TARGET = new Section("target",
      List.of("base_url", "api_key", "organization_id", "websocket_url", "database_url", "tls"),
      Set.of("base_url"));
  static final Section TLS = new Section("target.tls", List.of("trust_self_signed", "ca_file"), Set.of());
  static final Section PROFILE = new Section("profiles.*",
      List.of("concurrent_users", "requests_per_second", "duration_seconds", "ramp_up_seconds", "ramp_down_seconds"),
      Set.of("concurrent_users", "requests_per_second", "duration_seconds", "ramp_up_seconds", "ramp_down_seconds"));
  static final Section THRESHOLDS = new Section("thresholds",
      List.of("max_avg_response_time_ms", "max_p95_response_time_ms", "max_p99_response_time_ms", "max_error_rate",
          "min_requests_per_second", "max_p95_corrected_ms", "max_p99_corrected_ms", "generator_max_cpu",
          "generator_max_schedule_lag_ms"),
      Set.of("max_avg_response_time_ms", "max_p95_response_time_ms", "max_p99_response_time_ms", "max_error_rate",
          "min_requests_per_second"));
  static final Section REQUESTS = new Section("requests",
      List.of("timeout_seconds", "connection_timeout_seconds"), Set.of());
  static final Section SCENARIO = new Section("scenarios[]",
      List.of("name", "enabled", "weight"), Set.of("name", "weight"));
  static final Section OUTPUT = new Section("output",
      List.of("directory", "save_detailed_results", "formats"), Set.of());
  static final Section NOTIFICATIONS = new Section("notifications", List.of("slack", "email"), Set.of());
  static final Section SLACK = new Section("notifications.slack",
      List.of("enabled", "webhook_url", "notify_on_failure", "notify_on_success"), Set.of());
  static final Section EMAIL = new Section("notifications.email",
      List.of("enabled", "smtp_server", "recipients"), Set.of());

  static final List<Section> ALL =
      List.of(ROOT, TARGET, TLS, PROFILE, THRESHOLDS, REQUESTS, SCENARIO, OUTPUT, NOTIFICATIONS, SLACK, EMAIL);

  /** The values {@code output.formats} may list. */
  static final List<String> OUTPUT_FORMATS = List.of("json", "html", "markdown", "junit");

  private ConfigKeys() {
  }
}
