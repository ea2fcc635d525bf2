package io.builderengine.simulator.http;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits each API key to {@code limitPerSecond} requests per fixed one-second window (aligned to
 * epoch seconds). Thread-safe. Keys idle for a window are forgotten once many keys are tracked,
 * so clients inventing keys cannot grow memory without bound.
 */
public final class FixedWindowRateLimiter {

  private static final int TRACKED_KEYS_BEFORE_CLEANUP = 10_000;

  private final int limitPerSecond;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  /** @param limitPerSecond requests per key per second; 0 turns limiting off */
  public FixedWindowRateLimiter(int limitPerSecond, Clock clock) {
    this.limitPerSecond = limitPerSecond;
    this.clock = clock;
  }

  /** Counts one request of this key and says whether it is allowed. */
  public RateLimitDecision acquire(String apiKey) {
    if (limitPerSecond == 0) {
      return RateLimitDecision.UNLIMITED;
    }
    long nowMillis = clock.millis();
    long second = nowMillis / 1000;
    if (windows.size() > TRACKED_KEYS_BEFORE_CLEANUP) {
      windows.values().removeIf(window -> window.isBefore(second));
    }
    int count = windows.computeIfAbsent(apiKey, key -> new Window()).count(second);
    boolean allowed = count <= limitPerSecond;
    long retryAfterSeconds = 1; // the window always ends within the next second
    return new RateLimitDecision(allowed, limitPerSecond, Math.max(0, limitPerSecond - count),
        second + 1, retryAfterSeconds);
  }

  /** Requests of one key in its current window. */
  private static final class Window {
    private long second = Long.MIN_VALUE;
    private int count;

    synchronized int count(long currentSecond) {
      if (currentSecond != second) {
        second = currentSecond;
        count = 0;
      }
      return ++count;
    }

    synchronized boolean isBefore(long currentSecond) {
      return second < currentSecond;
    }
  }
}
