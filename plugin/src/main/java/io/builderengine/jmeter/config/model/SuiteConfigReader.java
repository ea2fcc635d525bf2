package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.NumberRule.FRACTION;
import static io.builderengine.jmeter.config.model.NumberRule.MORE_THAN_ZERO;
import static io.builderengine.jmeter.config.model.NumberRule.WHOLE_AT_LEAST_ONE;
import static io.builderengine.jmeter.config.model.NumberRule.WHOLE_AT_LEAST_ZERO;

import io.builderengine.jmeter.tls.PemCertificates;
import io.builderengine.jmeter.tls.TlsTrust;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the parsed file into a {@link SuiteConfig}: the load-shaping sections (target, profiles,
 * thresholds, requests) here, the reporting ones in {@link ReportingSectionsReader}. Every key is
 * checked against {@link ConfigKeys} and every value against its rule; the first problem stops the
 * read with a {@link ConfigException} that points at it.
 *
 * <p>Defaults for what the file may leave out are the old Python suite's.
 *
 * <p>Stateless and thread-safe.
 */
final class SuiteConfigReader {

  static final double DEFAULT_TIMEOUT_SECONDS = 30;
  static final double DEFAULT_CONNECTION_TIMEOUT_SECONDS = 10;
  static final String DEFAULT_DATABASE_URL = "postgresql://localhost:5432/builderengine";
  /** Where the platform serves its control socket, relative to the base URL's host. */
  static final String WEBSOCKET_PATH = "/ws";

  private SuiteConfigReader() {
  }

  static SuiteConfig read(Path file, Node root, YamlSource source) {
    if (!(root instanceof MappingNode)) {
      throw source.error(root, "the file must be a mapping of sections (target:, profiles:, thresholds:, ...),"
          + " not a single value or a list");
    }
    ConfigMapping top = ConfigMapping.of(new YamlValue(root, "", source), root, ConfigKeys.ROOT);
    return new SuiteConfig(file,
        target(top.requiredSection("target", ConfigKeys.TARGET), file),
        profiles(top),
        thresholds(top.requiredSection("thresholds", ConfigKeys.THRESHOLDS)),
        requests(top.section("requests", ConfigKeys.REQUESTS)),
        ReportingSectionsReader.scenarios(top),
        ReportingSectionsReader.output(top.section("output", ConfigKeys.OUTPUT)),
        ReportingSectionsReader.notifications(top.section("notifications", ConfigKeys.NOTIFICATIONS)));
  }

  private static Target target(ConfigMapping target, Path file) {
    String baseUrl = target.required("base_url").url(UrlRule.HTTP);
    return new Target(baseUrl,
        target.optional("api_key").map(YamlValue::secret).orElse(Secret.of("")),
        target.optional("organization_id").map(YamlValue::text).orElse(""),
        target.optional("websocket_url").map(value -> value.url(UrlRule.WEBSOCKET))
            .orElseGet(() -> websocketUrlOf(baseUrl)),
        target.optional("database_url").map(YamlValue::text).orElse(DEFAULT_DATABASE_URL),
        tls(target.section("tls", ConfigKeys.TLS), file));
  }

  /**
   * {@code target.tls}: a CA file relative to the config file's folder, read now so that a missing
   * or broken one stops the run before it starts.
   */
  private static TlsTrust tls(ConfigMapping tls, Path file) {
    boolean trustSelfSigned = tls.optional("trust_self_signed").map(YamlValue::flag).orElse(false);
    Optional<YamlValue> caFile = tls.optional("ca_file").filter(value -> !value.text().isBlank());
    if (caFile.isEmpty()) {
      return new TlsTrust(trustSelfSigned, null);
    }
    try {
      return new TlsTrust(trustSelfSigned, PemCertificates.checkedFile(caFile.get().text().strip(), file));
    } catch (IllegalArgumentException e) {
      throw caFile.get().error(caFile.get().path() + ": " + e.getMessage());
    }
  }

  /** {@code http://host:8000/api} serves its control socket at {@code ws://host:8000/ws}. */
  private static String websocketUrlOf(String baseUrl) {
    URI uri = URI.create(baseUrl);
    String scheme = uri.getScheme().equalsIgnoreCase("https") ? "wss" : "ws";
    return scheme + "://" + uri.getRawAuthority() + WEBSOCKET_PATH;
  }

  private static Map<String, LoadProfile> profiles(ConfigMapping top) {
    YamlValue value = top.required("profiles");
    if (value.isNull() || value.node() instanceof MappingNode && ((MappingNode) value.node()).getValue().isEmpty()) {
      throw value.error("profiles is empty; define at least one, e.g. light: {concurrent_users: 10,"
          + " requests_per_second: 50, duration_seconds: 60, ramp_up_seconds: 10, ramp_down_seconds: 5}");
    }
    ConfigMapping named = ConfigMapping.of(value, top.keyNode("profiles"), null);
    Map<String, LoadProfile> profiles = new LinkedHashMap<>();
    named.entries().forEach((name, profile) ->
        profiles.put(name, profile(ConfigMapping.of(profile, named.keyNode(name), ConfigKeys.PROFILE))));
    return profiles;
  }

  private static LoadProfile profile(ConfigMapping profile) {
    LoadProfile read = new LoadProfile(
        profile.required("concurrent_users").wholeNumber(WHOLE_AT_LEAST_ONE),
        profile.required("requests_per_second").number(MORE_THAN_ZERO),
        profile.required("duration_seconds").wholeNumber(WHOLE_AT_LEAST_ONE),
        profile.required("ramp_up_seconds").wholeNumber(WHOLE_AT_LEAST_ZERO),
        profile.required("ramp_down_seconds").wholeNumber(WHOLE_AT_LEAST_ZERO));
    RampCheck.problem("ramp_up_seconds", read.rampUpSeconds(), "ramp_down_seconds", read.rampDownSeconds(),
        "duration_seconds", read.durationSeconds()).ifPresent(problem -> {
          throw profile.error(profile.path() + ": " + problem);
        });
    return read;
  }

  private static Thresholds thresholds(ConfigMapping thresholds) {
    return new Thresholds(
        thresholds.required("max_avg_response_time_ms").number(MORE_THAN_ZERO),
        thresholds.required("max_p95_response_time_ms").number(MORE_THAN_ZERO),
        thresholds.required("max_p99_response_time_ms").number(MORE_THAN_ZERO),
        thresholds.required("max_error_rate").number(FRACTION),
        thresholds.required("min_requests_per_second").number(MORE_THAN_ZERO),
        thresholds.optional("max_p95_corrected_ms").map(value -> value.number(MORE_THAN_ZERO)).orElse(Double.NaN),
        thresholds.optional("max_p99_corrected_ms").map(value -> value.number(MORE_THAN_ZERO)).orElse(Double.NaN),
        thresholds.optional("generator_max_cpu").map(value -> value.number(FRACTION))
            .orElse(Thresholds.DEFAULT_GENERATOR_MAX_CPU),
        thresholds.optional("generator_max_schedule_lag_ms").map(value -> value.number(MORE_THAN_ZERO))
            .orElse(Thresholds.DEFAULT_GENERATOR_MAX_SCHEDULE_LAG_MS));
  }

  private static RequestTimeouts requests(ConfigMapping requests) {
    return new RequestTimeouts(
        requests.optional("timeout_seconds").map(value -> value.number(MORE_THAN_ZERO))
            .orElse(DEFAULT_TIMEOUT_SECONDS),
        requests.optional("connection_timeout_seconds").map(value -> value.number(MORE_THAN_ZERO))
            .orElse(DEFAULT_CONNECTION_TIMEOUT_SECONDS));
  }
}
