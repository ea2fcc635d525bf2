package io.builderengine.jmeter.calls;

import io.builderengine.jmeter.tls.TlsTrust;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where calls go and how long to wait for them. Immutable and thread-safe.
 *
 * <p>The API key is a secret: {@link #toString()} says only whether one is set, and nothing in this
 * package logs it or shows it in a {@link CallStep}.
 *
 * @param baseUrl {@code http(s)://host:port} of the platform API, optionally with a path prefix,
 *     without a trailing slash
 * @param apiKey sent as {@code Authorization: Bearer} and {@code X-API-Key}; empty (or null) sends
 *     neither
 * @param organizationId sent as {@code X-Organization-ID} when not empty (null counts as empty)
 * @param connectTimeoutMillis how long to wait for a TCP (and TLS) connection, in milliseconds
 * @param responseTimeoutMillis how long to wait for each read of the response (socket timeout), in
 *     milliseconds
 * @param tls which server certificates an https base URL may present; null means the JVM's trust store
 */
public record CallTarget(String baseUrl, String apiKey, String organizationId,
    int connectTimeoutMillis, int responseTimeoutMillis, TlsTrust tls) {

  /** A target whose https certificates are checked against the JVM's trust store. */
  public CallTarget(String baseUrl, String apiKey, String organizationId, int connectTimeoutMillis,
      int responseTimeoutMillis) {
    this(baseUrl, apiKey, organizationId, connectTimeoutMillis, responseTimeoutMillis, TlsTrust.SYSTEM);
  }

  /**
   * @throws IllegalArgumentException naming the field and what to write instead
   */
  public CallTarget {
    apiKey = apiKey == null ? "" : apiKey;
    organizationId = organizationId == null ? "" : organizationId;
    tls = tls == null ? TlsTrust.SYSTEM : tls;
    requireHttpUrl(baseUrl);
    // A line break in a header value would let one setting inject headers into every request.
    require(!hasControlCharacter(apiKey), "apiKey must not contain control characters or line breaks");
    require(!hasControlCharacter(organizationId),
        "organizationId must not contain control characters or line breaks");
    // 0 means "wait forever" to HttpClient: one stalled server would then hang a load thread.
    require(connectTimeoutMillis > 0,
        "connectTimeoutMillis must be 1 or more, got " + connectTimeoutMillis
            + "; 0 would wait forever (the old suite used 10000)");
    require(responseTimeoutMillis > 0,
        "responseTimeoutMillis must be 1 or more, got " + responseTimeoutMillis
            + "; 0 would wait forever (the old suite used 30000)");
  }

  /** Whether requests carry an API key. */
  public boolean hasApiKey() {
    return !apiKey.isEmpty();
  }

  /** Shows whether a key is set, never the key. */
  @Override
  public String toString() {
    return "CallTarget[baseUrl=" + baseUrl + ", apiKey=" + (hasApiKey() ? "****" : "<none>")
        + ", organizationId=" + organizationId + ", connectTimeoutMillis=" + connectTimeoutMillis
        + ", responseTimeoutMillis=" + responseTimeoutMillis + ", tls=" + tls + "]";
  }

  private static void requireHttpUrl(String baseUrl) {
    require(baseUrl != null && !baseUrl.isBlank(),
        "baseUrl must not be empty; give the API root, e.g. http://127.0.0.1:8000");
    // Checked before parsing: a forgotten scheme is the usual mistake, and URI's own message for
    // "127.0.0.1:8000" (an illegal scheme name) would not say so.
    String lowerCase = baseUrl.toLowerCase(Locale.ROOT);
    require(lowerCase.startsWith("http://") || lowerCase.startsWith("https://"),
        "baseUrl must start with http:// or https://, got " + baseUrl);
    URI uri;
    try {
      uri = new URI(baseUrl);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a URL: " + e.getMessage()
          + "; give the API root, e.g. http://127.0.0.1:8000", e);
    }
    require(uri.getHost() != null, "baseUrl has no host: " + baseUrl);
    require(uri.getRawQuery() == null && uri.getRawFragment() == null,
        "baseUrl must not carry a query or fragment, got " + baseUrl);
    require(!baseUrl.endsWith("/"),
        "baseUrl must not end with '/' (paths such as /api/v1/calls are appended), got " + baseUrl);
  }

  private static boolean hasControlCharacter(String value) {
    return value.chars().anyMatch(Character::isISOControl);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
