package io.builderengine.jmeter.media;

import io.builderengine.jmeter.tls.TlsTrust;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How to open and pace one stream. Immutable and thread-safe; every value is checked on
 * construction. {@link #toString()} shows header names only: their values are credentials.
 *
 * @param uri the endpoint, ws:// or wss://, e.g. from {@link StreamEndpoint#uriFor}
 * @param handshakeHeaders sent with the upgrade request, e.g. {@code X-API-Key},
 *     {@code X-Organization-ID}; null means none
 * @param endpoint which protocol to speak
 * @param encoding the audio's encoding: {@link AudioEncoding#MULAW_8K} on the media stream,
 *     {@link AudioEncoding#PCM16_16K} on the SDK stream, either on the control socket (unused)
 * @param frameMillis audio per frame and the interval between frames, 1 to 1000 ms (20 on the
 *     platform)
 * @param connectTimeoutMillis for the TCP connection and the upgrade together
 * @param readTimeoutMillis a stream with no message from the server for this long, while frames
 *     are sent or while {@code finish()} waits for the close, fails with
 *     {@link StreamFailure#STALL}. The SDK stream answers once per second of audio, so keep this
 *     well above 1000 ms there
 * @param pingIntervalMillis a WebSocket ping every this many ms while frames are sent; 0 = none
 * @param closeTimeoutMillis how long {@code finish()} waits for the server's close
 * @param callSid the Twilio call SID announced in the media stream's {@code start}; may be null
 * @param tls which certificates a wss server may present; null means the JVM's trust store
 */
public record StreamSettings(
    URI uri,
    Map<String, String> handshakeHeaders,
    StreamEndpoint endpoint,
    AudioEncoding encoding,
    int frameMillis,
    long connectTimeoutMillis,
    long readTimeoutMillis,
    long pingIntervalMillis,
    long closeTimeoutMillis,
    String callSid,
    TlsTrust tls) {

  /** Twilio's frame size. */
  public static final int DEFAULT_FRAME_MILLIS = 20;
  /** The old suite's WebSocket timeout, used for connect, read and close. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

  private static final int MAX_FRAME_MILLIS = 1_000;

  public StreamSettings {
    require(uri != null, "uri must be set, e.g. ws://127.0.0.1:8000/media-stream");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    require(scheme.equals("ws") || scheme.equals("wss"),
        "uri must be ws:// or wss://, got " + uri + " (StreamEndpoint.uriFor turns an http base"
            + " URL into one)");
    require(uri.getHost() != null, "uri has no host: " + uri);
    handshakeHeaders = copyHeaders(handshakeHeaders);
    require(endpoint != null, "endpoint must be set: MEDIA_STREAM, SDK_STREAM or CONTROL");
    require(encoding != null, "encoding must be set: MULAW_8K or PCM16_16K");
    require(endpoint != StreamEndpoint.MEDIA_STREAM || encoding == AudioEncoding.MULAW_8K,
        "the media stream carries Twilio's 8 kHz mu-law: use encoding MULAW_8K, not " + encoding);
    require(endpoint != StreamEndpoint.SDK_STREAM || encoding == AudioEncoding.PCM16_16K,
        "the SDK stream carries 16 kHz PCM16: use encoding PCM16_16K, not " + encoding);
    require(frameMillis >= 1 && frameMillis <= MAX_FRAME_MILLIS,
        "frameMillis must be from 1 to " + MAX_FRAME_MILLIS + " (20 on the platform), got "
            + frameMillis);
    require(connectTimeoutMillis >= 1 && connectTimeoutMillis <= Integer.MAX_VALUE,
        "connectTimeoutMillis must be from 1 to " + Integer.MAX_VALUE + ", got "
            + connectTimeoutMillis);
    require(readTimeoutMillis >= 1, "readTimeoutMillis must be 1 or more, got " + readTimeoutMillis);
    require(pingIntervalMillis >= 0,
        "pingIntervalMillis must be 0 (no pings) or more, got " + pingIntervalMillis);
    require(closeTimeoutMillis >= 1,
        "closeTimeoutMillis must be 1 or more, got " + closeTimeoutMillis);
    tls = tls == null ? TlsTrust.SYSTEM : tls;
  }

  /**
   * Settings for {@code endpoint} at {@code uri} with the defaults: no headers, the endpoint's
   * encoding (mu-law 8 kHz, or PCM16 16 kHz on the SDK stream), 20 ms frames, 5 s connect, read
   * and close timeouts, no pings, no call SID, the JVM's trust store for wss.
   */
  public static StreamSettings defaults(URI uri, StreamEndpoint endpoint) {
    return new StreamSettings(uri, Map.of(), endpoint, endpoint.encoding(), DEFAULT_FRAME_MILLIS,
        DEFAULT_TIMEOUT_MILLIS, DEFAULT_TIMEOUT_MILLIS, 0, DEFAULT_TIMEOUT_MILLIS, null, TlsTrust.SYSTEM);
  }

  public StreamSettings withHandshakeHeaders(Map<String, String> value) {
    return new StreamSettings(uri, value, endpoint, encoding, frameMillis, connectTimeoutMillis,
        readTimeoutMillis, pingIntervalMillis, closeTimeoutMillis, callSid, tls);
  }

  public StreamSettings withConnectTimeoutMillis(long value) {
    return new StreamSettings(uri, handshakeHeaders, endpoint, encoding, frameMillis, value,
        readTimeoutMillis, pingIntervalMillis, closeTimeoutMillis, callSid, tls);
  }

  public StreamSettings withReadTimeoutMillis(long value) {
    return new StreamSettings(uri, handshakeHeaders, endpoint, encoding, frameMillis,
        connectTimeoutMillis, value, pingIntervalMillis, closeTimeoutMillis, callSid, tls);
  }

  public StreamSettings withPingIntervalMillis(long value) {
    return new StreamSettings(uri, handshakeHeaders, endpoint, encoding, frameMillis,
        connectTimeoutMillis, readTimeoutMillis, value, closeTimeoutMillis, callSid, tls);
  }

  public StreamSettings withCloseTimeoutMillis(long value) {
    return new StreamSettings(uri, handshakeHeaders, endpoint, encoding, frameMillis,
        connectTimeoutMillis, readTimeoutMillis, pingIntervalMillis, value, callSid, tls);
  }

  public StreamSettings withCallSid(String value) {
    return new StreamSettings(uri, handshakeHeaders, endpoint, encoding, frameMillis,
        connectTimeoutMillis, readTimeoutMillis, pingIntervalMillis, closeTimeoutMillis, value, tls);
  }

  public StreamSettings withTls(TlsTrust value) {
    return new StreamSettings(uri, handshakeHeaders, endpoint, encoding, frameMillis,
        connectTimeoutMillis, readTimeoutMillis, pingIntervalMillis, closeTimeoutMillis, callSid, value);
  }

  /** Like the record's own, but with each header value masked. */
  @Override
  public String toString() {
    String headers = handshakeHeaders.keySet().stream().map(name -> name + "=****")
        .collect(Collectors.joining(", ", "{", "}"));
    return "StreamSettings[uri=" + uri + ", handshakeHeaders=" + headers + ", endpoint="
        + endpoint + ", encoding=" + encoding + ", frameMillis=" + frameMillis
        + ", connectTimeoutMillis=" + connectTimeoutMillis + ", readTimeoutMillis="
        + readTimeoutMillis + ", pingIntervalMillis=" + pingIntervalMillis
        + ", closeTimeoutMillis=" + closeTimeoutMillis + ", callSid=" + callSid + ", tls=" + tls + "]";
  }

  private static Map<String, String> copyHeaders(Map<String, String> headers) {
    if (headers == null) {
      return Map.of();
    }
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach((name, value) -> {
      require(name != null && !name.isBlank(), "handshake header names must not be empty");
      require(value != null, "handshake header " + name + " has no value");
      copy.put(name, value);
    });
    return Collections.unmodifiableMap(copy);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
