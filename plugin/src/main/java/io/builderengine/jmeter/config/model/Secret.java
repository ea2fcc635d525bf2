package io.builderengine.jmeter.config.model;

import java.util.Objects;

/**
 * A value that must not be seen in logs, messages or {@code toString()}: the API key, the Slack
 * webhook URL. {@link #toString()} gives {@link #masked()}; only {@link #reveal()} gives the value, so
 * every place that uses the secret itself is a call to {@code reveal()} that can be searched for.
 *
 * <p>Immutable and thread-safe. Two secrets are equal when their values are.
 */
public final class Secret {

  private static final String MASK = "****";
  /** Characters shown after the mask: enough to tell two keys apart, too few to guess one. */
  private static final int VISIBLE_SUFFIX_CHARS = 4;

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** @param value the secret; "" for none */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value; use \"\" for no secret"));
  }

  /** The secret itself, for the one place that must send it (a request header, a connection). */
  public String reveal() {
    return value;
  }

  /** {@code "****"} and the last 4 characters; {@code "****"} alone for 4 or fewer; {@code "(none)"} for "". */
  public String masked() {
    if (value.isEmpty()) {
      return "(none)";
    }
    if (value.length() <= VISIBLE_SUFFIX_CHARS) {
      return MASK;
    }
    return MASK + value.substring(value.length() - VISIBLE_SUFFIX_CHARS);
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret && ((Secret) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
