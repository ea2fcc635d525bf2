package io.builderengine.jmeter.config.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs a setting takes: the REST base URL is http or https, the control socket ws or wss, each
 * with a host. The same rule checks the file and {@code -Jbase_url}.
 *
 * <p>Immutable and thread-safe.
 */
enum UrlRule {
  HTTP(Set.of("http", "https"), "an http:// or https:// URL with a host, e.g. http://localhost:8000"),
  WEBSOCKET(Set.of("ws", "wss"), "a ws:// or wss:// URL with a host, e.g. ws://localhost:8000/ws");

  private final Set<String> schemes;
  private final String wording;

  UrlRule(Set<String> schemes, String wording) {
    this.schemes = schemes;
    this.wording = wording;
  }

  /** To follow "must be". */
  String wording() {
    return wording;
  }

  /**
   * @return the URL without trailing slashes (paths are appended to it), or empty when it does not
   *     fit the rule
   */
  Optional<String> check(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException notAUrl) {
      return Optional.empty();
    }
    // The authority, not the host: URI leaves the host null for names with '_' (Docker service names).
    if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
        || uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
      return Optional.empty();
    }
    String normalized = uri.toString();
    while (normalized.endsWith("/")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    return Optional.of(normalized);
  }
}
