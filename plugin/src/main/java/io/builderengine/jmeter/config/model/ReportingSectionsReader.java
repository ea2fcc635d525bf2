package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.NumberRule.WHOLE_AT_LEAST_ZERO;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the sections about what a run does besides loading the target: which scenarios a mixed run
 * weighs in, where results go, whom to notify. The companion of {@link SuiteConfigReader}.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportingSectionsReader {

  /** The old suite's mixed run; the database workload is off until a database is given. */
  static final List<Scenario> DEFAULT_SCENARIOS = List.of(
      new Scenario("api_load", true, 40),
      new Scenario("call_simulation", true, 30),
      new Scenario("websocket", true, 20),
      new Scenario("database", false, 10));
  static final String DEFAULT_OUTPUT_DIRECTORY = "./load_test_results";
  static final List<String> DEFAULT_FORMATS = List.of("json", "html", "markdown");

  private ReportingSectionsReader() {
  }

  static List<Scenario> scenarios(ConfigMapping top) {
    Optional<YamlValue> list = top.optional("scenarios");
    if (list.isEmpty()) {
      return DEFAULT_SCENARIOS;
    }
    List<Scenario> scenarios = new ArrayList<>();
    Map<String, String> pathByName = new HashMap<>();
    for (YamlValue item : list.get().items()) {
      ConfigMapping scenario = ConfigMapping.of(item, item.node(), ConfigKeys.SCENARIO);
      YamlValue nameValue = scenario.required("name");
      String name = nameValue.text().strip();
      if (name.isEmpty()) {
        throw nameValue.error(nameValue.path() + " must be a name such as api_load, not empty");
      }
      String firstPath = pathByName.putIfAbsent(name, scenario.path());
      if (firstPath != null) {
        throw nameValue.error(nameValue.path() + " '" + name + "' is already the name of " + firstPath);
      }
      scenarios.add(new Scenario(name,
          scenario.optional("enabled").map(YamlValue::flag).orElse(true),
          scenario.required("weight").wholeNumber(WHOLE_AT_LEAST_ZERO)));
    }
    return scenarios;
  }

  static Output output(ConfigMapping output) {
    String directory = output.optional("directory").map(YamlValue::text).orElse(DEFAULT_OUTPUT_DIRECTORY);
    boolean saveDetailedResults = output.optional("save_detailed_results").map(YamlValue::flag).orElse(true);
    Optional<YamlValue> formatList = output.optional("formats");
    if (formatList.isEmpty()) {
      return new Output(directory, saveDetailedResults, DEFAULT_FORMATS);
    }
    List<String> formats = new ArrayList<>();
    for (YamlValue item : formatList.get().items()) {
      String format = item.text();
      if (!ConfigKeys.OUTPUT_FORMATS.contains(format)) {
        throw item.error(item.path() + " must be one of " + String.join(", ", ConfigKeys.OUTPUT_FORMATS)
            + ", not '" + format + "'");
      }
      formats.add(format);
    }
    return new Output(directory, saveDetailedResults, formats);
  }

  static Notifications notifications(ConfigMapping notifications) {
    return new Notifications(slack(notifications.section("slack", ConfigKeys.SLACK)),
        email(notifications.section("email", ConfigKeys.EMAIL)));
  }

  private static Notifications.Slack slack(ConfigMapping slack) {
    Optional<YamlValue> webhookUrl = slack.optional("webhook_url");
    Notifications.Slack read = new Notifications.Slack(
        slack.optional("enabled").map(YamlValue::flag).orElse(false),
        webhookUrl.map(YamlValue::secret).orElse(Secret.of("")),
        slack.optional("notify_on_failure").map(YamlValue::flag).orElse(true),
        slack.optional("notify_on_success").map(YamlValue::flag).orElse(false));
    if (read.enabled() && read.webhookUrl().isEmpty()) {
      throw slack.error(slack.path() + " is enabled but has no webhook_url; set SLACK_WEBHOOK_URL or disable it");
    }
    // Found now rather than when the run ends, an hour of load later.
    if (read.enabled() && UrlRule.HTTP.check(read.webhookUrl().reveal()).isEmpty()) {
      YamlValue value = webhookUrl.orElseThrow();
      throw value.error(value.path() + " must be an http:// or https:// URL with a host, e.g."
          + " https://hooks.slack.com/services/...; it is a secret, so it is not shown: check SLACK_WEBHOOK_URL");
    }
    return read;
  }

  private static Notifications.Email email(ConfigMapping email) {
    Notifications.Email read = new Notifications.Email(
        email.optional("enabled").map(YamlValue::flag).orElse(false),
        email.optional("smtp_server").map(YamlValue::text).orElse(""),
        email.optional("recipients").map(YamlValue::texts).orElse(List.of()));
    if (read.enabled() && (read.smtpServer().isBlank() || read.recipients().isEmpty())) {
      throw email.error(email.path() + " is enabled but has no smtp_server or no recipients; add them or disable it");
    }
    return read;
  }
}
