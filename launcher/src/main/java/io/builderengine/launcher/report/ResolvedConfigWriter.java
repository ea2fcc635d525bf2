package io.builderengine.launcher.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.builderengine.jmeter.config.model.Notifications;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.config.model.SuiteConfig;
import io.builderengine.jmeter.config.model.UrlRedaction;
import io.builderengine.jmeter.report.AtomicFiles;
import io.builderengine.launcher.JMeterInstallation;
import io.builderengine.launcher.ScenarioRun;
import java.io.IOException;
import java.nio.file.Path;

/**
 * resolved-config.json in a scenario's folder: what the run was told, after the config file, the
 * profile, the environment and the options: the settings, the thresholds and the rest of the file,
 * the plan and its -J properties. Secrets are masked as the plugin masks them: the API key and the
 * Slack webhook as ****abcd, passwords in URLs as ****. Built field by field, so a secret added to
 * the model later cannot slip in unmasked.
 */
public final class ResolvedConfigWriter {

  public static final String FILE_NAME = "resolved-config.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResolvedConfigWriter() {
  }

  public static Path write(ScenarioRun run, JMeterInstallation jmeter) throws IOException {
    RunSettings settings = run.settings();
    SuiteConfig config = settings.config();
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", run.scenario().label());
    root.put("plan", run.plan().toString());
    root.put("configFile", config.source().toString());
    root.put("describe", settings.describe());

    ObjectNode resolved = root.putObject("run");
    resolved.put("profile", settings.profileName());
    resolved.put("users", settings.users());
    resolved.put("targetRps", settings.targetRps());
    resolved.put("durationSeconds", settings.durationSeconds());
    resolved.put("rampUpSeconds", settings.rampUpSeconds());
    resolved.put("rampDownSeconds", settings.rampDownSeconds());
    resolved.put("baseUrl", UrlRedaction.redact(settings.baseUrl()));
    resolved.put("targetIsBundledSimulator", run.simulated());
    resolved.put("websocketUrl", UrlRedaction.redact(settings.websocketUrl()));
    resolved.put("organizationId", settings.organizationId());
    resolved.put("apiKey", settings.apiKey().masked());
    resolved.put("databaseUrl", UrlRedaction.redact(settings.databaseUrl()));

    ObjectNode thresholds = root.putObject("thresholds");
    thresholds.put("max_avg_response_time_ms", settings.thresholds().maxAvgResponseTimeMs());
    thresholds.put("max_p95_response_time_ms", settings.thresholds().maxP95ResponseTimeMs());
    thresholds.put("max_p99_response_time_ms", settings.thresholds().maxP99ResponseTimeMs());
    thresholds.put("max_error_rate", settings.thresholds().maxErrorRate());
    thresholds.put("min_requests_per_second", settings.thresholds().minRequestsPerSecond());
    root.put("thresholdsNote", "the config file's; a plan's SLO listener may override some (see summary.json)");

    ObjectNode requests = root.putObject("requests");
    requests.put("timeout_seconds", settings.requests().timeoutSeconds());
    requests.put("connection_timeout_seconds", settings.requests().connectionTimeoutSeconds());

    ObjectNode scenarios = root.putObject("scenarios");
    config.scenarios().forEach(scenario -> scenarios.putObject(scenario.name())
        .put("enabled", scenario.enabled()).put("weight", scenario.weight()));

    ObjectNode output = root.putObject("output");
    output.put("directory", settings.output().directory());
    output.put("save_detailed_results", settings.output().saveDetailedResults());
    settings.output().formats().forEach(output.putArray("formats")::add);

    Notifications notifications = config.notifications();
    ObjectNode slack = root.putObject("notifications").putObject("slack");
    slack.put("enabled", notifications.slack().enabled());
    slack.put("webhook_url", notifications.slack().webhookUrl().masked());
    slack.put("notify_on_failure", notifications.slack().notifyOnFailure());
    slack.put("notify_on_success", notifications.slack().notifyOnSuccess());
    ObjectNode email = ((ObjectNode) root.get("notifications")).putObject("email");
    email.put("enabled", notifications.email().enabled());
    email.put("smtp_server", notifications.email().smtpServer());
    notifications.email().recipients().forEach(email.putArray("recipients")::add);

    ObjectNode jmeterNode = root.putObject("jmeter");
    jmeterNode.put("home", jmeter.home().toString());
    ObjectNode properties = jmeterNode.putObject("properties");
    run.properties().forEach((name, value) ->
        properties.put(name, "base_url".equals(name) || name.endsWith("_url") ? UrlRedaction.redact(value) : value));

    Path file = run.folder().resolve(FILE_NAME);
    AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    return file;
  }
}
