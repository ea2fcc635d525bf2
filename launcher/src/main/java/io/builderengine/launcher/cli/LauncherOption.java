package io.builderengine.launcher.cli;

import java.util.Optional;

/**
 * The old Python suite's options, with their short forms; the usage text is generated from here.
 * An option that sets a plan property names it ({@link #jmeterProperty()}), so messages from the
 * plugin's config checks can be shown in the launcher's own words.
 */
public enum LauncherOption {

  TEST("--test", "-t", "NAME", null, "all",
      "scenario: quick, api, calls, websocket, concurrent, database, mixed, or all (api, calls, websocket,"
          + " concurrent, and database when the config's scenarios enable it)"),
  BASE_URL("--base-url", "-u", "URL", "base_url", "the config's target.base_url",
      "target base URL; without it, when the config's is the shipped default http://localhost:8000, the"
          + " bundled simulator is started on a free loopback port and stopped at the end"),
  API_KEY("--api-key", "-k", "KEY", null, "BE_API_KEY, else the config's target.api_key",
      "API key; handed to JMeter as BE_API_KEY, never on its command line (prefer the BE_API_KEY"
          + " environment variable: a command line shows in ps)"),
  ORG_ID("--org-id", "-o", "ID", "org_id", "BE_ORG_ID, else the config's target.organization_id", "organization ID"),
  USERS("--users", "-n", "N", "users", "the profile's concurrent_users", "concurrent users (threads)"),
  RPS("--rps", "-r", "N", "rps", "the profile's requests_per_second", "target requests per second"),
  DURATION("--duration", "-d", "SECONDS", "duration", "the profile's duration_seconds",
      "test duration in seconds (concurrent: the capacity search's time limit)"),
  RAMP_UP("--ramp-up", null, "SECONDS", "ramp_up", "the profile's ramp_up_seconds", "ramp-up time in seconds"),
  CONFIG("--config", "-c", "PATH", "config", "profiles/config.yaml of the suite", "config file"),
  PROFILE("--profile", "-p", "NAME", "profile", "the plan's own: quick for quick, light for the others",
      "profile name from the config file: smoke, light, normal, heavy, stress, soak, spike, quick"),
  OUTPUT("--output", null, "DIR", null, "a new <UTC time> folder in the config's output.directory"
      + " (./load_test_results)", "output directory: the run's files go straight into it; it must be new or empty"),
  MARKDOWN("--markdown", null, null, null, null,
      "accepted for the old command line; summary.md is always written"),
  PARALLEL("--parallel", null, null, null, "one after another", "run the scenarios of 'all' at the same time,"
      + " one JMeter process each"),
  QUIET("--quiet", "-q", null, null, "progress shown", "print only the verdicts and where the results are"),
  HELP("--help", "-h", null, null, null, "print this help and exit");

  private final String longName;
  private final String shortName;
  private final String valueName;
  private final String jmeterProperty;
  private final String defaultText;
  private final String description;

  LauncherOption(String longName, String shortName, String valueName, String jmeterProperty, String defaultText,
      String description) {
    this.longName = longName;
    this.shortName = shortName;
    this.valueName = valueName;
    this.jmeterProperty = jmeterProperty;
    this.defaultText = defaultText;
    this.description = description;
  }

  public String longName() {
    return longName;
  }

  public Optional<String> shortName() {
    return Optional.ofNullable(shortName);
  }

  /** Whether the option takes a value; the others are flags. */
  public boolean takesValue() {
    return valueName != null;
  }

  /** The value's placeholder in the usage text, e.g. {@code N}; null for a flag. */
  public String valueName() {
    return valueName;
  }

  /** The plan property the option sets ({@code users} for {@code -Jusers}), if it sets one as it is. */
  public Optional<String> jmeterProperty() {
    return Optional.ofNullable(jmeterProperty);
  }

  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultText);
  }

  public String description() {
    return description;
  }

  /** The option a command-line word names ({@code --users} or {@code -n}), if any. */
  static Optional<LauncherOption> named(String word) {
    for (LauncherOption option : values()) {
      if (option.longName.equals(word) || word.equals(option.shortName)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  /** The option that sets a plan property, if one does. */
  public static Optional<LauncherOption> settingProperty(String property) {
    for (LauncherOption option : values()) {
      if (property.equals(option.jmeterProperty)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }
}
