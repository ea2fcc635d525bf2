package io.builderengine.jmeter.media;

/**
 * How a WebSocket connection ended, as Java-WebSocket reported it. Immutable.
 *
 * @param code the close code (1000 normal, 1006 connection lost, -1 never connected, ...)
 * @param reason the close frame's reason, "" when it gave none
 * @param byServer whether the server started the close or dropped the connection, rather than
 *     this client closing it (Java-WebSocket's own "remote" flag says only whose close frame
 *     carried the code)
 */
record CloseEvent(int code, String reason, boolean byServer) {

  static final int NORMAL = 1000;
  static final int GOING_AWAY = 1001;
  static final int ABNORMAL = 1006;

  /** "1011 (Injected fault)", or "1000" without a reason. */
  String describe() {
    return reason == null || reason.isEmpty() ? Integer.toString(code) : code + " (" + reason + ")";
  }

  /** Codes by which a server says our messages broke its rules (RFC 6455 7.4.1). */
  boolean isProtocolViolation() {
    return code == 1002 || code == 1003 || code == 1007 || code == 1008;
  }
}
