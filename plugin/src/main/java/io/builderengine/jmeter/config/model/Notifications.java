package io.builderengine.jmeter.config.model;

import java.util.List;
import java.util.Objects;

/**
 * The file's {@code notifications}: who hears about a finished run.
 *
 * <p>Immutable and thread-safe.
 */
public record Notifications(Slack slack, Email email) {

  public Notifications {
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(email, "email");
  }

  /**
   * A Slack incoming webhook. The webhook URL is a credential (anyone holding it can post), hence a
   * {@link Secret}.
   */
  public record Slack(boolean enabled, Secret webhookUrl, boolean notifyOnFailure, boolean notifyOnSuccess) {

    public Slack {
      Objects.requireNonNull(webhookUrl, "webhookUrl");
    }

    /** Whether a run that ended so is told to Slack: when enabled, a failure if asked, a pass if asked. */
    public boolean notifies(boolean runPassed) {
      return enabled && (runPassed ? notifyOnSuccess : notifyOnFailure);
    }
  }

  /** E-mail through an SMTP server. */
  public record Email(boolean enabled, String smtpServer, List<String> recipients) {

    public Email {
      Objects.requireNonNull(smtpServer, "smtpServer");
      recipients = List.copyOf(recipients);
    }
  }
}
