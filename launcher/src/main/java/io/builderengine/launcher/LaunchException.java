package io.builderengine.launcher;

/**
 * A launch that cannot start: a bad option or value, a config file that does not load, a missing plan
 * or JMeter home. The message is the one line to show (file:line for a config, the option as typed);
 * it never holds a secret. The launcher prints it and exits with {@link ExitStatus#BAD_LAUNCH}.
 *
 * <p>Immutable once thrown, like any exception.
 */
public final class LaunchException extends Exception {

  private static final long serialVersionUID = 1L;

  public LaunchException(String message) {
    super(message);
  }

  public LaunchException(String message, Throwable cause) {
    super(message, cause);
  }
}
