package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void everyNumberIsPlusOne555AndSevenDigits() {
    SplittableRandom random = new SplittableRandom(1);
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      numbers.add(PhoneNumbers.next(random));
    }
    assertThat(numbers).allMatch(number -> number.matches("\\+1555\\d{7}"));
    // 10 000 draws from 10 million numbers: a handful of repeats at most, never a constant.
    assertThat(numbers).hasSizeGreaterThan(9_990);
  }

  @Test
  void keepsLeadingZerosAndReachesBothEndsOfTheRange() {
    assertThat(PhoneNumbers.next(fixed(0))).isEqualTo("+15550000000");
    assertThat(PhoneNumbers.next(fixed(42))).isEqualTo("+15550000042");
    assertThat(PhoneNumbers.next(fixed(9_999_999))).isEqualTo("+15559999999");
  }

  @Test
  void theSameSeedDialsTheSameNumbers() {
    assertThat(PhoneNumbers.next(new SplittableRandom(7))).isEqualTo(PhoneNumbers.next(new SplittableRandom(7)));
  }

  /** A generator whose bounded draw is always {@code value}, checking the bound asked for. */
  private static RandomGenerator fixed(int value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new UnsupportedOperationException("only nextInt(bound) is expected");
      }

      @Override
      public int nextInt(int bound) {
        assertThat(bound).as("bound of the subscriber number").isEqualTo(10_000_000);
        return value;
      }
    };
  }
}
