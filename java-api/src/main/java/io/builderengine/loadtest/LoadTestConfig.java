package io.builderengine.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a programmatic run overrides, as the old suite's {@code LoadTestConfig} had it: the target,
 * its key, the load (users, rate, duration, ramps), the profile, and where the reports go.
 * Everything left unset comes from the config file (the shipped {@code profiles/config.yaml} unless
 * {@link Builder#configFile} names another) and its profile, exactly as for {@code jmeter -n}.
 *
 * <p>Immutable; {@link #toString()} masks the API key.
 */
public final class LoadTestConfig {

  private final String baseUrl;
  private final String apiKey;
  private final String organizationId;
  private final Integer users;
  private final Double requestsPerSecond;
  private final Long durationSeconds;
  private final Long rampUpSeconds;
  private final Long rampDownSeconds;
  private final String profile;
  private final Path configFile;
  private final Path outputDirectory;
  private final Path jmeterHome;
  private final Map<String, String> properties;
  private final Map<String, String> environment;

  private LoadTestConfig(Builder builder) {
    baseUrl = builder.baseUrl;
    apiKey = builder.apiKey;
    organizationId = builder.organizationId;
    users = builder.users;
    requestsPerSecond = builder.requestsPerSecond;
    durationSeconds = builder.durationSeconds;
    rampUpSeconds = builder.rampUpSeconds;
    rampDownSeconds = builder.rampDownSeconds;
    profile = builder.profile;
    configFile = builder.configFile;
    outputDirectory = builder.outputDirectory;
    jmeterHome = builder.jmeterHome;
    properties = Map.copyOf(builder.properties);
    environment = Map.copyOf(builder.environment);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The JMeter properties these settings are, named as {@code jmeter -n -J...} and the launcher name
   * them ({@code users}, {@code rps}, ...), then the extra ones; never the API key.
   */
  Map<String, String> planProperties() {
    Map<String, String> planProperties = new LinkedHashMap<>();
    putIfSet(planProperties, "base_url", baseUrl);
    putIfSet(planProperties, "org_id", organizationId);
    putIfSet(planProperties, "users", users);
    putIfSet(planProperties, "rps", requestsPerSecond);
    putIfSet(planProperties, "duration", durationSeconds);
    putIfSet(planProperties, "ramp_up", rampUpSeconds);
    putIfSet(planProperties, "ramp_down", rampDownSeconds);
    putIfSet(planProperties, "profile", profile);
    planProperties.putAll(properties);
    return planProperties;
  }

  /** The environment variables the run reads on top of the process's: the API key as BE_API_KEY, then the extra ones. */
  Map<String, String> environment() {
    Map<String, String> variables = new LinkedHashMap<>(environment);
    if (apiKey != null) {
      variables.put("BE_API_KEY", apiKey);
    }
    return variables;
  }

  Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  Optional<Path> outputDirectory() {
    return Optional.ofNullable(outputDirectory);
  }

  Optional<Path> jmeterHome() {
    return Optional.ofNullable(jmeterHome);
  }

  private static void putIfSet(Map<String, String> map, String name, Object value) {
    if (value != null) {
      map.put(name, value instanceof Double number && number == Math.rint(number)
          ? Long.toString(number.longValue()) : value.toString());
    }
  }

  @Override
  public String toString() {
    Map<String, String> shown = planProperties();
    shown.put("api_key", apiKey == null ? "(config)" : "****");
    environment.keySet().forEach(name -> shown.put("env " + name, "****"));
    configFile().ifPresent(file -> shown.put("config", file.toString()));
    outputDirectory().ifPresent(folder -> shown.put("output", folder.toString()));
    return "LoadTestConfig" + shown;
  }

  /** Sets what differs from the config file; each setter checks its value at once. */
  public static final class Builder {

    private String baseUrl;
    private String apiKey;
    private String organizationId;
    private Integer users;
    private Double requestsPerSecond;
    private Long durationSeconds;
    private Long rampUpSeconds;
    private Long rampDownSeconds;
    private String profile;
    private Path configFile;
    private Path outputDirectory;
    private Path jmeterHome;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Builder() {
    }

    /** The target's base URL, e.g. {@code https://api.example.com}; default: the config's target.base_url. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Sent as {@code Authorization: Bearer}; default: BE_API_KEY, else the config's target.api_key. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    public Builder organizationId(String organizationId) {
      this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
      return this;
    }

    /** Concurrent users (JMeter threads); default: the profile's concurrent_users. */
    public Builder users(int users) {
      this.users = positive(users, "users");
      return this;
    }

    /** Target requests per second; default: the profile's requests_per_second. */
    public Builder rps(double requestsPerSecond) {
      if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
        throw new IllegalArgumentException("rps must be a positive number, not " + requestsPerSecond);
      }
      this.requestsPerSecond = requestsPerSecond;
      return this;
    }

    /** In whole seconds; default: the profile's duration_seconds. */
    public Builder duration(Duration duration) {
      this.durationSeconds = wholeSeconds(duration, "duration", 1);
      return this;
    }

    /** In whole seconds, 0 for none; default: the profile's ramp_up_seconds. */
    public Builder rampUp(Duration rampUp) {
      this.rampUpSeconds = wholeSeconds(rampUp, "rampUp", 0);
      return this;
    }

    /** In whole seconds, 0 for none; default: the profile's ramp_down_seconds. */
    public Builder rampDown(Duration rampDown) {
      this.rampDownSeconds = wholeSeconds(rampDown, "rampDown", 0);
      return this;
    }

    /** A profile of the config file: smoke, light, normal, heavy, stress, soak, spike; default: the plan's. */
    public Builder profile(String profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The YAML config; default: the shipped profiles/config.yaml. */
    public Builder configFile(Path configFile) {
      this.configFile = Objects.requireNonNull(configFile, "configFile").toAbsolutePath();
      return this;
    }

    /**
     * Where each scenario's reports go ({@code <folder>/<scenario>/}); it must be new or empty. Default:
     * a new UTC-time folder in the config's output.directory.
     */
    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory").toAbsolutePath();
      return this;
    }

    /** A JMeter 5.6.3 installation whose bin/ configuration to use; default: the one on the class path. */
    public Builder jmeterHome(Path jmeterHome) {
      this.jmeterHome = Objects.requireNonNull(jmeterHome, "jmeterHome").toAbsolutePath();
      return this;
    }

    /** Any other plan property, as {@code -Jname=value} would set it (e.g. {@code db_weights}). */
    public Builder property(String name, String value) {
      properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * An environment variable for the run only, e.g. {@code BE_DB_PASSWORD}: the way to hand a secret,
     * which never becomes a JMeter property.
     */
    public Builder environmentVariable(String name, String value) {
      environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public LoadTestConfig build() {
      return new LoadTestConfig(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be at least 1, not " + value);
      }
      return value;
    }

    private static long wholeSeconds(Duration duration, String name, long minimum) {
      Objects.requireNonNull(duration, name);
      if (duration.toNanos() % 1_000_000_000L != 0 || duration.toSeconds() < minimum) {
        throw new IllegalArgumentException(name + " must be whole seconds, at least " + minimum + ", not " + duration);
      }
      return duration.toSeconds();
    }
  }
}
