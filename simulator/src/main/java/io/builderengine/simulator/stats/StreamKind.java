package io.builderengine.simulator.stats;

import java.util.Locale;

/** The WebSocket endpoints, for counting open streams. */
public enum StreamKind {
  /** {@code /ws}: the control socket. */
  CONTROL,
  /** {@code /media-stream}: Twilio Media Streams; each open stream is a call in progress. */
  MEDIA,
  /** {@code /ws/v1/stream}: the SDK's event stream of one call. */
  SDK;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
