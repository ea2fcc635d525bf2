package io.builderengine.jmeter.media;

/**
 * What one segment of a stream did: one {@code stream()} call, or the {@code finish()} that ends
 * the stream. Counts cover everything since the previous report of the session (so a server
 * message that arrives between two segments is counted in the second); the first report also
 * covers the connection's greeting. Immutable.
 *
 * @param connectMillis the TCP connection and WebSocket upgrade, in the first report of a session;
 *     0 in later reports (the connection was already there); -1 if it never connected
 * @param firstMessageMillis from the segment's first message sent to the server's first message
 *     after it; -1 if none came
 * @param framesSent audio frames sent (ping messages on the control socket)
 * @param framesReceived server messages of the kind that answers our frames: media events on the
 *     media stream, {@code transcription.*} on the SDK stream, pongs on the control socket
 * @param messagesReceived all text messages from the server
 * @param bytesSent WebSocket payload bytes sent (the JSON text), greeting and stop included
 * @param bytesReceived WebSocket payload bytes received in data messages
 * @param lateFrames frames sent more than one frame interval after their scheduled time
 * @param sendLagP50Millis median lag of a frame's send behind its schedule (microsecond
 *     resolution, 2 significant digits); 0 without frames
 * @param sendLagP95Millis 95th percentile of that lag
 * @param sendLagP99Millis 99th percentile of that lag
 * @param sendLagMaxMillis largest lag
 * @param jitterMillis RFC 3550 interarrival jitter of the answering frames, a running estimate
 *     over the whole stream: the server's echo of each frame's timestamp is the sender's
 *     timeline where it has one, else the frames are taken to be sent at a steady interval
 * @param pingRttAvgMillis mean round trip of WebSocket pings (and, on the control socket, of ping
 *     messages to their pongs); 0 without any
 * @param pingRttMaxMillis longest such round trip
 * @param pongs round trips measured
 * @param closeCode the close code once closed, -1 while open or if it never connected
 * @param closeReason the close reason once closed, else null
 * @param closedByServer whether the server started the close (or dropped the connection)
 * @param failure why the segment failed; null when it succeeded
 * @param failureMessage what happened, for people; null when it succeeded
 */
public record StreamReport(
    long connectMillis,
    long firstMessageMillis,
    long framesSent,
    long framesReceived,
    long messagesReceived,
    long bytesSent,
    long bytesReceived,
    long lateFrames,
    double sendLagP50Millis,
    double sendLagP95Millis,
    double sendLagP99Millis,
    double sendLagMaxMillis,
    double jitterMillis,
    double pingRttAvgMillis,
    double pingRttMaxMillis,
    long pongs,
    int closeCode,
    String closeReason,
    boolean closedByServer,
    StreamFailure failure,
    String failureMessage) {

  /** Whether the segment ended without a failure. */
  public boolean successful() {
    return failure == null;
  }
}
