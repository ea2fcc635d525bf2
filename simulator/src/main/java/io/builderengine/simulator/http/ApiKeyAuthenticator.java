package io.builderengine.simulator.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Checks API keys the way the platform does: {@code X-API-Key} first, then
 * {@code Authorization: Bearer <key>}. With no configured keys any non-empty key is accepted.
 * Thread-safe (immutable).
 */
public final class ApiKeyAuthenticator {

  public static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER_PREFIX = "bearer ";

  private static final HttpHeaders CHALLENGE =
      new DefaultHttpHeaders().add(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
  private static final ApiException KEY_REQUIRED =
      new ApiException(HttpResponseStatus.UNAUTHORIZED, "API key required", CHALLENGE);
  private static final ApiException KEY_INVALID =
      new ApiException(HttpResponseStatus.UNAUTHORIZED, "Invalid API key", CHALLENGE);

  private final Set<String> acceptedKeys;

  /** @param acceptedKeys the keys accepted; empty = any non-empty key */
  public ApiKeyAuthenticator(Set<String> acceptedKeys) {
    this.acceptedKeys = Set.copyOf(acceptedKeys);
  }

  /** The key a request presents, if any. */
  public Optional<String> presentedKey(HttpHeaders headers) {
    String apiKey = headers.get(API_KEY_HEADER);
    if (apiKey != null && !apiKey.isBlank()) {
      return Optional.of(apiKey.trim());
    }
    String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, BEARER_PREFIX, 0,
        BEARER_PREFIX.length())) {
      String token = authorization.substring(BEARER_PREFIX.length()).trim();
      return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
    return Optional.empty();
  }

  public boolean accepts(String key) {
    return !key.isEmpty() && (acceptedKeys.isEmpty() || acceptedKeys.contains(key));
  }

  /**
   * Checks a key if one was presented: WebSocket endpoints accept clients without credentials,
   * but not with wrong ones.
   *
   * @return whether a key was presented (and accepted)
   * @throws ApiException 401 "Invalid API key" when a presented key is not accepted
   */
  public boolean verifyIfPresent(Optional<String> key) {
    if (key.isPresent() && !accepts(key.get())) {
      throw KEY_INVALID;
    }
    return key.isPresent();
  }

  /**
   * The request's accepted key.
   *
   * @throws ApiException 401 "API key required" or "Invalid API key"
   */
  public String authenticate(HttpHeaders headers) {
    String key = presentedKey(headers).orElseThrow(() -> KEY_REQUIRED);
    if (!accepts(key)) {
      throw KEY_INVALID;
    }
    return key;
  }
}
