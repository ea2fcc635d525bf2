package io.builderengine.simulator.state;

import java.util.random.RandomGenerator;

/** The platform's ids: a prefix and lower-case hex digits, e.g. {@code call_0a1b2c3d4e5f}. */
public final class HexIds {

  private static final int DEFAULT_DIGITS = 12;

  private HexIds() {
  }

  /** A prefix and 12 hex digits. */
  public static String next(String prefix, RandomGenerator random) {
    return next(prefix, random, DEFAULT_DIGITS);
  }

  public static String next(String prefix, RandomGenerator random, int digits) {
    StringBuilder id = new StringBuilder(prefix.length() + digits).append(prefix);
    for (int i = 0; i < digits; i++) {
      id.append(Character.forDigit(random.nextInt(16), 16));
    }
    return id.toString();
  }
}
