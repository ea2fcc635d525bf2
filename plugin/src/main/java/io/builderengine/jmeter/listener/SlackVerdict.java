package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.config.model.Notifications;
import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.notify.SlackNotifier;
import io.builderengine.jmeter.report.RunSummary;
import io.builderengine.jmeter.report.SlackMessage;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells Slack how the run ended when the config file's {@code notifications.slack} asks for it (enabled,
 * and notify_on_failure or notify_on_success as the run ended). A message that cannot be delivered is
 * a warning in jmeter.log and on the console, naming the HTTP status or the error and the webhook's
 * host only: the verdict and the exit status stay what the thresholds made them.
 */
final class SlackVerdict {

  private static final Logger log = LoggerFactory.getLogger(SlackVerdict.class);

  /** Null when the plan has no config file: then nobody is told. */
  private final Notifications.Slack slack;
  private final String planName;

  /**
   * @param run the resolved settings, or null for a plan without a config file
   * @param planName the plan's file name, for the message
   */
  SlackVerdict(RunSettings run, String planName) {
    this.slack = run == null ? null : run.config().notifications().slack();
    this.planName = planName;
  }

  /**
   * Sends the message, once the summary files are written; blocks for at most the notifier's timeouts.
   *
   * @param summaryFile the summary.json written, or null when it could not be written
   */
  void announce(RunSummary summary, Path summaryFile) {
    if (slack == null || !slack.notifies(summary.verdict().passed())) {
      return;
    }
    SlackNotifier notifier = new SlackNotifier(slack.webhookUrl());
    SlackNotifier.Delivery delivery = notifier.send(SlackMessage.text(summary, planName, summaryFile));
    if (delivery.delivered()) {
      String line = "Builder Engine: verdict sent to Slack (" + notifier.destination() + ")";
      log.info(line);
      System.out.println(line); // NOSONAR a headless user reads where the verdict went
    } else {
      String line = "Builder Engine: could not send the verdict to Slack (" + notifier.destination() + "): "
          + delivery.outcome() + "; the verdict stands";
      log.warn(line);
      System.out.println("WARNING " + line); // NOSONAR shown to a headless user, beside the verdict
    }
  }
}
