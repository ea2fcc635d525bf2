package io.builderengine.jmeter.media;

/** Why a stream failed; {@link StreamReport#failureMessage()} gives the particulars. */
public enum StreamFailure {

  /** Connection refused, host unreachable or unknown: "Connection refused: ws://127.0.0.1:9/media-stream". */
  CONNECT_FAILED,

  /** No TCP connection, or no answer to the upgrade request, within the connect timeout. */
  CONNECT_TIMEOUT,

  /** The server answered the upgrade with an HTTP error: "upgrade refused with HTTP 500 by ws://...". */
  HANDSHAKE_REFUSED,

  /**
   * The server closed the stream (or the connection was lost) before {@code finish()}, or closed it
   * with a code other than 1000 during it: "closed by the server with 1011 (Injected fault) after
   * 37 frames sent".
   */
  UNEXPECTED_CLOSE,

  /** No message from the server for the read timeout: "no data for 5000 ms after 120 frames sent". */
  STALL,

  /** The server reported an error (an {@code error} event or message) or closed with 1002, 1003, 1007 or 1008. */
  PROTOCOL_ERROR,

  /** The server did not close the stream within the close timeout after {@code finish()} asked it to. */
  CLOSE_TIMEOUT,

  /** {@code interrupt()} or {@code close()} stopped the stream, or the sending thread was interrupted. */
  INTERRUPTED
}
