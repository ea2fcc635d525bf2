package io.builderengine.jmeter.config.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one config file says, checked and with {@code ${VAR}} substituted; made by
 * {@link ConfigLoader#load}. {@link RunSettings#resolve} picks a profile and applies the overrides.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the API key, the webhook URL and the
 * database password.
 *
 * @param source the file as it was given (a relative path stays relative), for messages
 * @param profiles by name, in the file's order
 */
public record SuiteConfig(Path source, Target target, Map<String, LoadProfile> profiles, Thresholds thresholds,
    RequestTimeouts requests, List<Scenario> scenarios, Output output, Notifications notifications) {

  public SuiteConfig {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(notifications, "notifications");
    // Map.copyOf would lose the file's order, which is the order a user reads them in.
    profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    scenarios = List.copyOf(scenarios);
  }
}
