package io.builderengine.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.support.MutableClock;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {

  private final MutableClock clock = new MutableClock(1_700_000_000_000L);
  private final FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(2, clock);

  @Test
  void countsPerKeyPerEpochSecond() {
    RateLimitDecision first = limiter.acquire("a");
    RateLimitDecision second = limiter.acquire("a");
    RateLimitDecision third = limiter.acquire("a");

    assertThat(first.allowed()).isTrue();
    assertThat(first.remaining()).isEqualTo(1);
    assertThat(second.remaining()).isZero();
    assertThat(third.allowed()).isFalse();
    assertThat(third.resetEpochSeconds()).isEqualTo(1_700_000_001L);
    assertThat(third.headers().get("Retry-After")).isEqualTo("1");
    assertThat(limiter.acquire("b").allowed()).as("another key").isTrue();

    clock.advanceMillis(1_000);
    assertThat(limiter.acquire("a").allowed()).as("the next window").isTrue();
  }

  @Test
  void zeroMeansUnlimitedWithoutHeaders() {
    RateLimitDecision decision = new FixedWindowRateLimiter(0, clock).acquire("a");

    assertThat(decision).isSameAs(RateLimitDecision.UNLIMITED);
    assertThat(decision.headers().isEmpty()).isTrue();
  }
}
