package io.builderengine.jmeter.config.model;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * What a numeric setting may be, worded for the message that rejects it. The same rules check the
 * file and the command-line overrides, so {@code -Jusers=0} fails as {@code concurrent_users: 0} does.
 *
 * <p>Immutable and thread-safe.
 */
enum NumberRule {
  /** Users, durations, sizes: zero would mean no run. */
  WHOLE_AT_LEAST_ONE("a whole number of 1 or more", true, 1, false, Integer.MAX_VALUE),
  /** Ramps and weights: zero means none. */
  WHOLE_AT_LEAST_ZERO("a whole number of 0 or more", true, 0, false, Integer.MAX_VALUE),
  /** Rates, times and limits: zero would stop the run or fail it at once. */
  MORE_THAN_ZERO("a number more than 0", false, 0, true, Double.MAX_VALUE),
  /** A share such as the error rate: 0 allows no error, 1 allows all. */
  FRACTION("a number from 0 to 1", false, 0, false, 1);

  /** A decimal as typed after {@code -J}: no hex, no NaN, no Infinity, no Java suffixes. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final String wording;
  private final boolean whole;
  private final double lowest;
  private final boolean lowestExcluded;
  private final double highest;

  NumberRule(String wording, boolean whole, double lowest, boolean lowestExcluded, double highest) {
    this.wording = wording;
    this.whole = whole;
    this.lowest = lowest;
    this.lowestExcluded = lowestExcluded;
    this.highest = highest;
  }

  /** E.g. {@code "a whole number of 1 or more"}, to follow "must be". */
  String wording() {
    return wording;
  }

  /** Whether the value fits; a whole rule takes 5.0 as 5 (as JSON Schema's "integer" does) but not 5.5. */
  boolean accepts(double value) {
    if (!Double.isFinite(value) || value > highest) {
      return false;
    }
    if (whole && value != Math.rint(value)) {
      return false;
    }
    return lowestExcluded ? value > lowest : value >= lowest;
  }

  /** The typed text as a number this rule accepts, or empty. */
  OptionalDouble parse(String typed) {
    String text = typed.strip();
    if (!DECIMAL.matcher(text).matches()) {
      return OptionalDouble.empty();
    }
    double value = Double.parseDouble(text);
    return accepts(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }
}
