package io.builderengine.simulator.fault;

/**
 * The values one fault setting accepts. A command-line flag and a JSON field of the admin endpoint
 * are both read through {@link #parse(String)}, so both reject the same values with the same words.
 *
 * @param <T> the Java type of the setting
 */
public sealed interface FaultValueType<T>
    permits FaultValueType.WholeNumber, FaultValueType.Probability, FaultValueType.CloseCode,
        FaultValueType.PathPrefix {

  /** Converts text to a value without range checks; may throw IllegalArgumentException. */
  T convert(String text);

  boolean accepts(T value);

  /** What is accepted, e.g. "a whole number from 0 to 600000". */
  String describe();

  /** A placeholder for the value in usage texts, e.g. {@code N}. */
  String placeholder();

  /**
   * Reads a value from text.
   *
   * @throws IllegalArgumentException whose message starts with "must be", for the caller to prefix
   *     with the name the user typed (a flag or a JSON field)
   */
  default T parse(String text) {
    T value;
    try {
      value = convert(text);
    } catch (IllegalArgumentException e) {
      throw rejection(text);
    }
    if (!accepts(value)) {
      throw rejection(text);
    }
    return value;
  }

  private IllegalArgumentException rejection(String text) {
    return new IllegalArgumentException("must be " + describe() + ", got '" + text + "'");
  }

  /** An integer within [min, max]. */
  record WholeNumber(long min, long max) implements FaultValueType<Long> {
    @Override
    public Long convert(String text) {
      return Long.parseLong(text);
    }

    @Override
    public boolean accepts(Long value) {
      return value >= min && value <= max;
    }

    @Override
    public String describe() {
      return "a whole number from " + min + " to " + max;
    }

    @Override
    public String placeholder() {
      return "N";
    }
  }

  /** A probability: a decimal from 0 to 1. */
  record Probability() implements FaultValueType<Double> {
    @Override
    public Double convert(String text) {
      return Double.parseDouble(text);
    }

    @Override
    public boolean accepts(Double value) {
      return value >= 0.0 && value <= 1.0; // NaN fails both comparisons
    }

    @Override
    public String describe() {
      return "a decimal from 0 to 1";
    }

    @Override
    public String placeholder() {
      return "RATE";
    }
  }

  /**
   * A WebSocket close code that a server may put on the wire (RFC 6455 section 7.4): 1004, 1005,
   * 1006 and 1015 are reserved for local use and 1016-2999 for future protocol versions.
   */
  record CloseCode() implements FaultValueType<Long> {
    @Override
    public Long convert(String text) {
      return Long.parseLong(text);
    }

    @Override
    public boolean accepts(Long code) {
      return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014)
          || (code >= 3000 && code <= 4999);
    }

    @Override
    public String describe() {
      return "a WebSocket close code a server may send: 1000-1003, 1007-1014 or 3000-4999";
    }

    @Override
    public String placeholder() {
      return "CODE";
    }
  }

  /** Empty (every route) or an absolute path prefix such as "/api/v1/calls". */
  record PathPrefix() implements FaultValueType<String> {
    private static final int MAX_LENGTH = 256;

    @Override
    public String convert(String text) {
      return text;
    }

    @Override
    public boolean accepts(String value) {
      return value != null && value.length() <= MAX_LENGTH
          && (value.isEmpty() || value.startsWith("/"))
          && value.chars().noneMatch(Character::isWhitespace);
    }

    @Override
    public String describe() {
      return "empty (all routes) or a path starting with '/', at most " + MAX_LENGTH
          + " characters, no spaces";
    }

    @Override
    public String placeholder() {
      return "PATH";
    }
  }
}
