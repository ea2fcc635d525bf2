package io.builderengine.jmeter.calls;

import java.util.random.RandomGenerator;

/**
 * Test phone numbers in the US 555 range, {@code +1555} and seven digits (e.g. {@code +15550420137}),
 * as the old load suite dialled. Stateless and thread-safe; the generator passed in need not be.
 */
public final class PhoneNumbers {

  private static final String PREFIX = "+1555";
  private static final int SUBSCRIBER_NUMBERS = 10_000_000;

  private PhoneNumbers() {
  }

  /** A number drawn uniformly from {@code +15550000000} to {@code +15559999999}. */
  public static String next(RandomGenerator random) {
    int subscriber = random.nextInt(SUBSCRIBER_NUMBERS);
    // Zero-padded: the leading digits are part of the number, not a quantity.
    return PREFIX + String.format("%07d", subscriber);
  }
}
