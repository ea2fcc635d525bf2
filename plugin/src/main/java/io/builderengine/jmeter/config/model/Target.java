package io.builderengine.jmeter.config.model;

import io.builderengine.jmeter.tls.TlsTrust;
import java.util.Objects;

/**
 * The file's {@code target}: the Builder Engine deployment under test, after {@code ${VAR}}
 * substitution. The base URL is http(s) with a host and no trailing slash.
 *
 * <p>The database URL may carry a password ({@code postgresql://user:password@host/db}):
 * {@link #toString()} hides it, as it hides the API key.
 *
 * <p>Immutable and thread-safe.
 *
 * @param baseUrl REST API root, e.g. {@code http://localhost:8000}
 * @param apiKey sent as {@code Authorization: Bearer}; empty when the file has none
 * @param organizationId sent as {@code X-Organization-ID}; "" when the file has none
 * @param websocketUrl control socket, e.g. {@code ws://localhost:8000/ws}
 * @param databaseUrl PostgreSQL URL for the database workload, password included
 * @param tls which server certificates to trust ({@code target.tls})
 */
public record Target(String baseUrl, Secret apiKey, String organizationId, String websocketUrl, String databaseUrl,
    TlsTrust tls) {

  public Target {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(websocketUrl, "websocketUrl");
    Objects.requireNonNull(databaseUrl, "databaseUrl");
    Objects.requireNonNull(tls, "tls");
  }

  @Override
  public String toString() {
    return "Target[baseUrl=" + baseUrl + ", apiKey=" + apiKey + ", organizationId=" + organizationId
        + ", websocketUrl=" + websocketUrl + ", databaseUrl=" + UrlRedaction.redact(databaseUrl) + ", tls=" + tls + "]";
  }
}
