package io.builderengine.jmeter.media;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The platform's WebSocket endpoints a stream can talk to. Immutable. */
public enum StreamEndpoint {

  /**
   * Twilio Media Streams, {@code /media-stream} or {@code /media-stream/{call_id}}: the client plays
   * Twilio ({@code connected}, {@code start}, one {@code media} event per frame, {@code stop}).
   */
  MEDIA_STREAM,

  /**
   * The SDK stream, {@code /ws/v1/stream?call_id=...}: a {@code subscribe} action first, then one
   * {@code audio} action (base64 PCM16 16 kHz) per frame; it ends with close 1000.
   */
  SDK_STREAM,

  /**
   * The control socket, {@code /ws}: each frame is a {@code ping} message and the server answers
   * each with a {@code pong}. The audio source is not used.
   */
  CONTROL;

  /**
   * The audio this endpoint carries: PCM16 16 kHz on the SDK stream, Twilio's 8 kHz mu-law elsewhere
   * (unused on the control socket).
   */
  public AudioEncoding encoding() {
    return this == SDK_STREAM ? AudioEncoding.PCM16_16K : AudioEncoding.MULAW_8K;
  }

  /**
   * The WebSocket URI of this endpoint on the host of an http(s) base URL: http becomes ws, https
   * becomes wss, the base URL's path is not used. For example {@code http://127.0.0.1:8000} and
   * {@code call_abc} give {@code ws://127.0.0.1:8000/media-stream/call_abc}.
   *
   * @param httpBaseUrl e.g. {@code http://127.0.0.1:8000}; ws and wss URLs are taken as they are
   * @param callId the call to stream: optional for {@link #MEDIA_STREAM} (null or empty gives
   *     {@code /media-stream}), required for {@link #SDK_STREAM}, not used by {@link #CONTROL}
   * @throws IllegalArgumentException for a URL without a host or of another scheme, or a missing
   *     call id where one is required
   */
  public URI uriFor(String httpBaseUrl, String callId) {
    if (httpBaseUrl == null || httpBaseUrl.isBlank()) {
      throw new IllegalArgumentException("the base URL is empty; give one such as"
          + " http://127.0.0.1:8000");
    }
    URI base;
    try {
      base = URI.create(httpBaseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the base URL " + httpBaseUrl + " is not a URL: "
          + e.getMessage(), e);
    }
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase();
    String wsScheme = switch (scheme) {
      case "http", "ws" -> "ws";
      case "https", "wss" -> "wss";
      default -> throw new IllegalArgumentException("the base URL " + httpBaseUrl
          + " must start with http:// or https://");
    };
    if (base.getHost() == null) {
      throw new IllegalArgumentException("the base URL " + httpBaseUrl + " has no host");
    }
    boolean hasCallId = callId != null && !callId.isEmpty();
    String pathAndQuery = switch (this) {
      case MEDIA_STREAM -> hasCallId ? "/media-stream/" + encode(callId) : "/media-stream";
      case SDK_STREAM -> {
        if (!hasCallId) {
          throw new IllegalArgumentException("the SDK stream needs a call id"
              + " (/ws/v1/stream?call_id=...): create a call first and pass its id");
        }
        yield "/ws/v1/stream?call_id=" + encode(callId);
      }
      case CONTROL -> "/ws";
    };
    String port = base.getPort() == -1 ? "" : ":" + base.getPort();
    return URI.create(wsScheme + "://" + base.getHost() + port + pathAndQuery);
  }

  /** Percent-encodes a path segment or query value (URLEncoder's '+' for space is form-only). */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
