package io.builderengine.jmeter.config;

import io.builderengine.jmeter.config.model.RunSettings;
import io.builderengine.jmeter.tls.TlsTrust;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jmeter.threads.JMeterVariables;
import org.apache.jmeter.util.JMeterUtils;

/**
 * The target, credentials and timeouts that the Builder Engine Config element published for this run,
 * as samplers read them: the URLs and timeouts from JMeter properties, the API key from the sampling
 * thread's variables (never a property: JMeter logs and shows those).
 *
 * <p>Immutable; read once per sample, which costs a few map lookups.
 *
 * @param baseUrl REST root, e.g. {@code http://127.0.0.1:8000}
 * @param websocketUrl the control socket, e.g. {@code ws://127.0.0.1:8000/ws}
 * @param organizationId "" when none
 * @param apiKey "" when none; never log it
 * @param tls the certificates the run trusts: the config's, or the JVM's when no config element ran
 */
public record PublishedTarget(String baseUrl, String websocketUrl, String organizationId, String apiKey,
    int connectTimeoutMillis, int responseTimeoutMillis, TlsTrust tls) {

  /** What a sample says when no config element ran. */
  public static final String MISSING = "no target: add a Builder Engine Config element to the test plan"
      + " (it publishes be.base_url), or set -Jbe.base_url=http://host:port";

  private static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;
  private static final int DEFAULT_RESPONSE_TIMEOUT_MILLIS = 30_000;

  /** The published target, or empty when no config element published one. */
  public static Optional<PublishedTarget> current(JMeterVariables threadVariables) {
    String baseUrl = JMeterUtils.getPropDefault(RunPublisher.BASE_URL, "");
    if (baseUrl.isBlank()) {
      return Optional.empty();
    }
    String apiKey = threadVariables == null ? null : threadVariables.get(RunPublisher.API_KEY_VARIABLE);
    return Optional.of(new PublishedTarget(baseUrl,
        JMeterUtils.getPropDefault(RunPublisher.WEBSOCKET_URL, ""),
        JMeterUtils.getPropDefault(RunPublisher.ORG_ID, ""),
        apiKey == null ? "" : apiKey,
        JMeterUtils.getPropDefault(RunPublisher.CONNECT_TIMEOUT_MILLIS, DEFAULT_CONNECT_TIMEOUT_MILLIS),
        JMeterUtils.getPropDefault(RunPublisher.RESPONSE_TIMEOUT_MILLIS, DEFAULT_RESPONSE_TIMEOUT_MILLIS),
        ActiveRun.settings().map(RunSettings::tls).orElse(TlsTrust.SYSTEM)));
  }

  /** Headers of a WebSocket handshake: the API key as the platform takes it, and the organization. */
  public Map<String, String> handshakeHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!apiKey.isEmpty()) {
      headers.put("Authorization", "Bearer " + apiKey);
    }
    if (!organizationId.isEmpty()) {
      headers.put("X-Organization-ID", organizationId);
    }
    return headers;
  }

  @Override
  public String toString() {
    return "PublishedTarget[baseUrl=" + baseUrl + ", websocketUrl=" + websocketUrl + ", organizationId="
        + organizationId + ", apiKey=" + (apiKey.isEmpty() ? "none" : "****") + ", connectTimeoutMillis="
        + connectTimeoutMillis + ", responseTimeoutMillis=" + responseTimeoutMillis + ", tls=" + tls + "]";
  }
}
