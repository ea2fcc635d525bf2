package io.builderengine.jmeter.media;

import io.builderengine.jmeter.tls.TlsContexts;
import io.builderengine.jmeter.tls.TlsTrust;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Map;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ServerHandshake;

/**
 * Java-WebSocket's client for one stream, set up for many concurrent streams: no
 * connection-lost checker (it would start a scheduler thread per connection; the session's own
 * stall check replaces it), TCP_NODELAY (a 20 ms frame must not wait for Nagle), daemon threads
 * (a stream left open never keeps JMeter from exiting) and a small read buffer. Every event goes
 * to the stream's {@link ServerTraffic}. On wss the certificate is checked against the run's
 * {@link TlsTrust} and the host name against the certificate (Java-WebSocket sets the HTTPS
 * endpoint identification on every TLS socket).
 *
 * <p>Java-WebSocket runs two threads per connection: the one {@code connect()} starts, which
 * connects and then reads, and a write thread that drains its send queue. The session's own
 * messages bypass that queue ({@link #writeFrame}); the write thread is left with the upgrade
 * request and the control frames (ping, pong, close).
 */
final class StreamClient extends WebSocketClient {

  /**
   * Read buffer (and SO_RCVBUF): the library's default of 64 KiB per connection adds up over
   * hundreds of streams, while a stream receives a few KiB per second.
   */
  private static final int RECEIVE_BUFFER_BYTES = 16 * 1024;

  private final ServerTraffic traffic;
  private volatile long openedNanos;
  private volatile boolean writing;

  StreamClient(URI uri, Map<String, String> handshakeHeaders, int connectTimeoutMillis, TlsTrust tls,
      ServerTraffic traffic) {
    super(uri, new Draft_6455(), handshakeHeaders, connectTimeoutMillis);
    this.traffic = traffic;
    if ("wss".equalsIgnoreCase(uri.getScheme()) && !tls.isSystem()) {
      // Without a factory Java-WebSocket uses the JVM's default context, which is the system trust.
      setSocketFactory(TlsContexts.forTrust(tls).getSocketFactory());
    }
    setConnectionLostTimeout(0);
    setTcpNoDelay(true);
    setDaemon(true);
    setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
  }

  /**
   * Writes a complete, already masked frame (see {@link MaskedTextFrames}) to the socket on the
   * caller's thread. Java-WebSocket's own path would queue it for its write thread: a wake-up and
   * two context switches per frame, on a machine whose CPU bounds how many streams it paces, and
   * a send time that says when the frame was queued rather than sent. The socket serialises whole
   * {@code write} calls (the JDK's socket and SSL streams hold a write lock for each), so frames
   * never interleave with the control frames the write thread sends. A stream must send all its
   * messages this way, or a queued one could be overtaken.
   *
   * @throws WebsocketNotConnectedException if the connection is not open, as {@code send} would
   * @throws IOException if the socket fails, e.g. closed under the write
   */
  void writeFrame(ByteBuffer frame) throws IOException {
    Socket socket = getSocket();
    if (!isOpen() || socket == null) {
      throw new WebsocketNotConnectedException();
    }
    writing = true;
    try {
      socket.getOutputStream().write(frame.array(), frame.arrayOffset() + frame.position(),
          frame.remaining());
    } finally {
      writing = false;
    }
  }

  /**
   * Any thread: if a {@link #writeFrame} is under way, closes the socket so that it returns. A
   * write blocks only when the server has stopped reading long enough to fill the socket buffers
   * (minutes of audio), but an interrupt must not wait for that.
   */
  void unblockWriter() {
    Socket socket = getSocket();
    if (writing && socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // A socket that fails to close is of no more use to the writer either.
      }
    }
  }

  /** {@link System#nanoTime()} when the upgrade completed; 0 if it never did. */
  long openedNanos() {
    return openedNanos;
  }

  @Override
  public void onOpen(ServerHandshake handshake) {
    openedNanos = System.nanoTime();
  }

  @Override
  public void onMessage(String message) {
    traffic.onText(message, System.nanoTime());
  }

  @Override
  public void onMessage(ByteBuffer bytes) {
    traffic.onBinary(bytes.remaining(), System.nanoTime());
  }

  @Override
  public void onWebsocketPong(WebSocket connection, Framedata pong) {
    traffic.onPong(System.nanoTime());
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {
    traffic.onClose(code, reason);
  }

  @Override
  public void onError(Exception e) {
    traffic.onError(e);
  }
}
