package io.builderengine.jmeter.config.model;

/**
 * A config file or command-line override that cannot be used. The message is the one line to show
 * the user: where the problem is ({@code file:line:column}, the file, or {@code -Jname=value}), what
 * is wrong and what to write instead. It never holds the value of the API key, the Slack webhook URL
 * or the database URL.
 *
 * <p>Immutable once thrown, like any exception.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
