package io.builderengine.simulator.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * Whether one request fits its key's rate limit, and the {@code X-RateLimit-*} figures to tell.
 *
 * @param allowed whether the request may proceed
 * @param limit requests allowed per window
 * @param remaining requests left in the current window
 * @param resetEpochSeconds when the next window starts
 * @param retryAfterSeconds seconds until a refused client may retry
 */
public record RateLimitDecision(boolean allowed, int limit, int remaining, long resetEpochSeconds,
    long retryAfterSeconds) {

  /** Rate limiting is off: allowed, and no headers. */
  public static final RateLimitDecision UNLIMITED = new RateLimitDecision(true, 0, 0, 0, 0);

  /** The response headers to send; none when unlimited. */
  public HttpHeaders headers() {
    HttpHeaders headers = new DefaultHttpHeaders();
    if (this == UNLIMITED) {
      return headers;
    }
    headers.add("X-RateLimit-Limit", limit)
        .add("X-RateLimit-Remaining", remaining)
        .add("X-RateLimit-Reset", resetEpochSeconds);
    if (!allowed) {
      headers.add(HttpHeaderNames.RETRY_AFTER, retryAfterSeconds);
    }
    return headers;
  }
}
