package io.builderengine.jmeter.calls;

import java.util.random.RandomGenerator;

/**
 * Test phone numbers in the US 555 range, {@code +1555} and seven digits (e.g. {@code +15550420137}),
 * as the old load suite dialled. Stateless and thread-safe; the generator passed in need not be.
 */
public final class PhoneNumbers {

  private static final String PREFIX = "+1555";
  private static final int SUBSCRIBER_DIGITS = 7;
  private static final int SUBSCRIBER_NUMBERS = 10_000_000;

  private PhoneNumbers() {
  }

  /** A number drawn uniformly from {@code +15550000000} to {@code +15559999999}. */
  public static String next(RandomGenerator random) {
    String subscriber = Integer.toString(random.nextInt(SUBSCRIBER_NUMBERS));
    // Zero-padded: the leading digits are part of the number, not a quantity. By hand rather than
    // String.format, which costs a Formatter per call and would use the locale's digits.
    StringBuilder number = new StringBuilder(PREFIX.length() + SUBSCRIBER_DIGITS).append(PREFIX);
    for (int i = subscriber.length(); i < SUBSCRIBER_DIGITS; i++) {
      number.append('0');
    }
    return number.append(subscriber).toString();
  }
}
