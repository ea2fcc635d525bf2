package io.builderengine.jmeter.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.IntCountsHistogram;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * One full-duplex audio stream to the platform: frames go out paced on the wall clock from the
 * caller's thread while Java-WebSocket's read thread counts everything the server sends. A session
 * can stream several segments ({@link #stream}) over one connection, e.g. one per JMeter sample of
 * a thread that keeps its connection across iterations, and ends with {@link #finish}.
 *
 * <p>Pacing: frame i of a segment is due at t0 + i × frameMillis. The sender parks until each
 * slot; a frame that is late goes at once and its lag is recorded, and no frame is ever skipped to
 * catch up, so the lag distribution shows what the load generator could not keep up with. Each
 * message is written to the socket on the caller's thread, so the lag runs to the moment the
 * frame enters the socket, not a queue.
 *
 * <p>Network problems never throw: they end up in the {@link StreamReport}'s failure and message.
 * After a failure the connection is closed and every later call reports the failure again.
 *
 * <p>Threads: {@code open}, {@link #stream} and {@link #finish} belong to one thread at a time
 * (the session's owner, e.g. a JMeter thread); {@link #interrupt}, {@link #close} and
 * {@link #isOpen} may be called from any thread. Besides the caller's, a session uses the two
 * threads Java-WebSocket runs per connection, and no other; {@link #close} waits for them to end.
 */
public final class MediaStreamSession implements AutoCloseable {

  private static final long NANOS_PER_MILLI = 1_000_000;
  private static final long NANOS_PER_MICRO = 1_000;
  private static final double MICROS_PER_MILLI = 1_000.0;

  /** Lags above a minute are recorded as a minute: the range of the lag histogram. */
  private static final long MAX_RECORDED_LAG_MICROS = TimeUnit.MINUTES.toMicros(1);

  /** 1% resolution is plenty for lag percentiles and keeps the histogram near 10 KB a stream. */
  private static final int LAG_SIGNIFICANT_DIGITS = 2;

  /** How long {@link #close} waits for Java-WebSocket's threads of the connection to end. */
  private static final long THREAD_JOIN_BOUND_MILLIS = 2_000;

  /** After a send found the connection closing, how long to wait for the close to be reported. */
  private static final long CLOSE_REPORT_WAIT_MILLIS = 1_000;
  /** How long a failed connect waits for its reason from Java-WebSocket's other thread; see awaitError. */
  private static final long ERROR_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long ERROR_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final StreamSettings settings;
  private final AudioSource audio;
  private final StreamProtocol protocol;
  private final ServerTraffic traffic;
  private final StreamClient client;
  private final byte[] frame;
  private final MaskedTextFrames frames = new MaskedTextFrames();
  private final long frameNanos;
  private final StreamHealth health;
  private final IntCountsHistogram sendLagMicros =
      new IntCountsHistogram(MAX_RECORDED_LAG_MICROS, LAG_SIGNIFICANT_DIGITS);
  private final AtomicReference<Failure> failure = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final long connectMillis;

  // The owner's state (see the class comment).
  private long greetingNanos;
  private long framesSentTotal;
  private long segmentFrames;
  private long segmentLateFrames;
  private long segmentBytesSent;
  private boolean segmentHasSent;
  private ServerTraffic.Counts reportedCounts = ServerTraffic.Counts.ZERO;
  private boolean connectReported;
  private boolean failureReported;
  private boolean finished;

  private MediaStreamSession(StreamSettings settings, AudioSource audio) {
    this.settings = settings;
    this.audio = audio;
    this.protocol = StreamProtocol.forSettings(settings);
    this.traffic = new ServerTraffic(protocol);
    this.frame = new byte[settings.encoding().bytesPerFrame(settings.frameMillis())];
    this.frameNanos = settings.frameMillis() * NANOS_PER_MILLI;
    this.health = new StreamHealth(traffic, settings.readTimeoutMillis());
    this.client = new StreamClient(settings.uri(), settings.handshakeHeaders(),
        (int) settings.connectTimeoutMillis(), settings.tls(), traffic);
    this.connectMillis = connect();
    if (connectMillis >= 0) {
      greet();
    } else {
      close(); // ends the connection's threads now; the failure waits for the first report
    }
  }

  /**
   * Connects, blocking the caller for up to the connect timeout, and sends the endpoint's
   * greeting: {@code connected} and {@code start} on the media stream, {@code subscribe} on the
   * SDK stream, nothing on the control socket.
   *
   * @return the session; if it could not connect, a closed session whose first report carries
   *     the failure ({@link StreamFailure#CONNECT_FAILED}, {@link StreamFailure#CONNECT_TIMEOUT}
   *     or {@link StreamFailure#HANDSHAKE_REFUSED}) and a message naming the URI
   */
  public static MediaStreamSession open(StreamSettings settings, AudioSource audio) {
    return new MediaStreamSession(Objects.requireNonNull(settings, "settings"),
        Objects.requireNonNull(audio, "audio"));
  }

  /**
   * Streams one segment: frames paced on the wall clock for {@code durationMillis} (rounded up to
   * whole frames), on the caller's thread. The segment lasts its whole duration, so the last
   * frame's answer has one frame interval to arrive and back-to-back segments keep the cadence.
   * It stops early on a failure: a close by the server, a server error, no data for the read
   * timeout, or {@link #interrupt()}.
   *
   * @return what this segment did, since the previous report
   * @throws IllegalArgumentException for a negative duration
   * @throws IllegalStateException after {@link #finish()} ended the stream
   */
  public StreamReport stream(long durationMillis) {
    if (durationMillis < 0) {
      throw new IllegalArgumentException("durationMillis must be 0 or more, got " + durationMillis);
    }
    if (finished) {
      throw new IllegalStateException("finish() already ended this stream; open a new session");
    }
    if (failure.get() == null) {
      sendLagMicros.reset();
      traffic.waiter(Thread.currentThread());
      try {
        failIfNotNull(paceFrames(durationMillis));
      } finally {
        traffic.waiter(null);
      }
    }
    return report();
  }

  /**
   * Ends the stream: on the media stream sends {@code stop} and waits for the server to close
   * (the platform answers with a final transcription, a {@code stopped} event and close 1000); on
   * the SDK stream and the control socket first waits for the answers still owed for the frames
   * sent (a transcription per second of audio, a pong per ping), then closes with 1000 and waits
   * for the close handshake.
   * Either wait is bounded by the close timeout, and fails on no data for the read timeout.
   * Calling it again reports nothing new.
   *
   * @return the final report, with the close code and reason and who closed
   */
  public StreamReport finish() {
    if (failure.get() == null && !finished) {
      finished = true;
      sendLagMicros.reset();
      traffic.waiter(Thread.currentThread());
      try {
        failIfNotNull(stopAndAwaitClose());
      } finally {
        traffic.waiter(null);
      }
    }
    return report();
  }

  /**
   * Stops a {@link #stream} or {@link #finish} in progress on another thread within
   * milliseconds, and closes the connection (close frame 1001, then the socket, without waiting
   * for the server). The stopped call reports {@link StreamFailure#INTERRUPTED}. For JMeter's
   * {@code Interruptible}; safe from any thread, at any time.
   */
  public void interrupt() {
    health.requestInterrupt();
    abortConnection("Interrupted");
    client.unblockWriter();
  }

  /** Whether the connection is open and the stream has neither failed nor ended. Any thread. */
  public boolean isOpen() {
    return failure.get() == null && !closed.get() && client.isOpen();
  }

  /**
   * Closes the connection without ceremony if it is still open (a call in progress on another
   * thread stops as with {@link #interrupt()}), then waits up to 2 s for Java-WebSocket's threads
   * of this connection to end, closing the socket under them if they linger. Idempotent; any
   * thread.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    health.requestInterrupt();
    abortConnection("Session closed");
    ClientThreads.join(client, THREAD_JOIN_BOUND_MILLIS);
  }

  /**
   * Adds the send lag of each frame of the last {@link #stream} segment, in µs, to
   * {@code total}, e.g. to merge many sessions' lags. Owner thread, between calls.
   */
  public void addSendLagMicrosTo(AbstractHistogram total) {
    total.add(sendLagMicros);
  }

  // --- Connection ---

  private long connect() {
    long startNanos = System.nanoTime();
    boolean connected;
    try {
      connected = client.connectBlocking(settings.connectTimeoutMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.set(new Failure(StreamFailure.INTERRUPTED,
          "interrupted while connecting to " + ConnectFailures.display(settings.uri())));
      return -1;
    }
    // A server may close right after the upgrade (e.g. 1008 for an unknown call) before
    // connectBlocking looks: that stream opened, and its first report says how it closed.
    if (connected || client.openedNanos() != 0) {
      return Math.round((client.openedNanos() - startNanos) / (double) NANOS_PER_MILLI);
    }
    // On a timeout Java-WebSocket tears the attempt down itself, reporting errors of its own.
    boolean timedOut = System.nanoTime() - startNanos
        >= TimeUnit.MILLISECONDS.toNanos(settings.connectTimeoutMillis());
    failure.set(ConnectFailures.classify(settings.uri(), timedOut ? traffic.error() : awaitError(),
        traffic.closeEvent(), timedOut, settings.connectTimeoutMillis()));
    return -1;
  }

  /**
   * The error of a failed attempt. Java-WebSocket's read and write threads both fail when a TLS
   * handshake does; when the one that saw only "socket closed" ends the attempt first, the other's
   * reason (e.g. the refused certificate) arrives a moment later, so it is given that moment.
   */
  private Exception awaitError() {
    long deadline = System.nanoTime() + ERROR_GRACE_NANOS;
    Exception error = traffic.error();
    while (error == null && System.nanoTime() < deadline) {
      LockSupport.parkNanos(ERROR_POLL_NANOS);
      error = traffic.error();
    }
    return error;
  }

  private void greet() {
    greetingNanos = System.nanoTime();
    for (String message : protocol.greeting()) {
      Failure sendFailure = send(message, System.nanoTime());
      if (sendFailure != null) {
        failIfNotNull(sendFailure);
        return;
      }
    }
  }

  /** Sends a close frame if the connection is open, and ends it without waiting for the answer. */
  private void abortConnection(String reason) {
    traffic.clientClosing();
    if (client.isOpen()) {
      client.close(CloseEvent.GOING_AWAY, reason);
    }
    if (!client.isClosed()) {
      // Interrupts the write thread, which flushes the queue (the close frame) and closes the
      // socket; that ends the read thread too.
      client.closeConnection(CloseEvent.GOING_AWAY, reason);
    }
  }

  private void failIfNotNull(Failure cause) {
    if (cause != null && failure.compareAndSet(null, cause)) {
      abortConnection(cause.kind().name());
    }
  }

  // --- Sending ---

  private Failure paceFrames(long durationMillis) {
    long frames = (durationMillis + settings.frameMillis() - 1) / settings.frameMillis();
    long startNanos = System.nanoTime();
    long pingIntervalNanos = settings.pingIntervalMillis() * NANOS_PER_MILLI;
    long nextPingNanos = pingIntervalNanos > 0 ? startNanos + pingIntervalNanos : Long.MAX_VALUE;
    for (long i = 0; i < frames; i++) {
      long slotNanos = startNanos + i * frameNanos;
      Failure cause = awaitUntil(slotNanos, startNanos);
      if (cause == null) {
        cause = sendFrame(slotNanos);
      }
      if (cause == null && System.nanoTime() - nextPingNanos >= 0) {
        nextPingNanos += pingIntervalNanos;
        cause = ping();
      }
      if (cause != null) {
        return cause;
      }
    }
    return awaitUntil(startNanos + frames * frameNanos, startNanos);
  }

  private Failure sendFrame(long slotNanos) {
    audio.nextFrame(frame);
    long frameNumber = framesSentTotal + 1;
    CharSequence message = protocol.frameMessage(frame, frameNumber,
        (slotNanos - greetingNanos) / NANOS_PER_MILLI);
    ByteBuffer encoded = frames.encode(message);
    long sendNanos = System.nanoTime();
    traffic.frameSent(frameNumber, sendNanos);
    Failure cause = write(encoded, message.length(), sendNanos); // ASCII: a byte a char
    if (cause != null) {
      return cause;
    }
    framesSentTotal = frameNumber;
    segmentFrames++;
    long lagNanos = sendNanos - slotNanos;
    sendLagMicros.recordValue(Math.min(lagNanos / NANOS_PER_MICRO, MAX_RECORDED_LAG_MICROS));
    if (lagNanos > frameNanos) {
      segmentLateFrames++;
    }
    return null;
  }

  /** Sends a message outside the frame loop: greeting, stop. */
  private Failure send(String message, long nowNanos) {
    return write(frames.encode(message), Utf8.length(message), nowNanos);
  }

  /**
   * Writes a frame on this thread, so that the lag recorded is that of the frame entering the
   * socket, not of entering a queue for Java-WebSocket's write thread.
   */
  private Failure write(ByteBuffer encoded, int payloadBytes, long nowNanos) {
    if (!segmentHasSent) {
      segmentHasSent = true;
      traffic.firstSent(nowNanos);
    }
    try {
      client.writeFrame(encoded);
    } catch (WebsocketNotConnectedException | IOException e) {
      return closedWhileSending();
    }
    segmentBytesSent += payloadBytes;
    return null;
  }

  private Failure ping() {
    traffic.pingSent(System.nanoTime());
    try {
      client.sendPing();
    } catch (WebsocketNotConnectedException e) {
      return closedWhileSending();
    }
    return null;
  }

  /** The connection closed under a send; the close event may still be on its way. */
  private Failure closedWhileSending() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_REPORT_WAIT_MILLIS);
    while (traffic.closeEvent() == null && !health.interruptRequested()
        && deadline - System.nanoTime() > 0) {
      LockSupport.parkNanos(this, deadline - System.nanoTime());
    }
    long nowNanos = System.nanoTime();
    Failure cause = health.check(nowNanos, nowNanos, framesSentTotal);
    return cause != null ? cause : new Failure(StreamFailure.UNEXPECTED_CLOSE,
        "the connection closed after " + framesSentTotal + " frames sent");
  }

  // --- Waiting and watching ---

  /**
   * Parks until {@code deadlineNanos}, checking the stream's health first and whenever woken (by
   * a close, a server error or an interrupt) or when the read timeout would pass.
   *
   * @param quietSinceNanos the stall clock starts here if the server has been quiet since
   * @return null at the deadline, else the failure that came first
   */
  private Failure awaitUntil(long deadlineNanos, long quietSinceNanos) {
    while (true) {
      long nowNanos = System.nanoTime();
      Failure cause = health.check(nowNanos, quietSinceNanos, framesSentTotal);
      if (cause != null) {
        return cause;
      }
      if (deadlineNanos - nowNanos <= 0) {
        return null;
      }
      health.park(nowNanos, deadlineNanos, quietSinceNanos);
    }
  }

  private Failure stopAndAwaitClose() {
    long startNanos = System.nanoTime();
    // A close before finish() is unexpected, whatever its code.
    Failure early = health.check(startNanos, startNanos, framesSentTotal);
    if (early != null) {
      return early;
    }
    long deadlineNanos = startNanos + TimeUnit.MILLISECONDS.toNanos(settings.closeTimeoutMillis());
    String stop = protocol.stopMessage();
    Failure asked = stop != null ? send(stop, startNanos)
        : closeOnceAnswered(deadlineNanos, startNanos);
    if (asked != null) {
      return asked;
    }
    while (true) {
      long nowNanos = System.nanoTime();
      CloseEvent close = traffic.closeEvent();
      if (close != null && close.code() == CloseEvent.NORMAL && traffic.serverError() == null
          && !health.interruptRequested()) {
        return null;
      }
      Failure cause = health.check(nowNanos, startNanos, framesSentTotal);
      if (cause != null) {
        return cause;
      }
      if (nowNanos - deadlineNanos >= 0) {
        return new Failure(StreamFailure.CLOSE_TIMEOUT, "no close from the server within "
            + settings.closeTimeoutMillis() + " ms of " + (stop != null ? "the stop message"
            : "our close") + " after " + framesSentTotal + " frames sent");
      }
      health.park(nowNanos, deadlineNanos, startNanos);
    }
  }

  /**
   * Closes with 1000 once the server has sent the answers it owes for the frames sent (or at the
   * deadline: missing answers are no failure), so that the close does not cut off answers in
   * flight.
   */
  private Failure closeOnceAnswered(long deadlineNanos, long quietSinceNanos) {
    long expected = protocol.expectedAnswers(framesSentTotal);
    traffic.wakeAtAnswers(expected);
    try {
      while (traffic.answers() < expected) {
        long nowNanos = System.nanoTime();
        Failure cause = health.check(nowNanos, quietSinceNanos, framesSentTotal);
        if (cause != null) {
          return cause;
        }
        if (nowNanos - deadlineNanos >= 0) {
          break;
        }
        health.park(nowNanos, deadlineNanos, quietSinceNanos);
      }
    } finally {
      traffic.wakeAtAnswers(Long.MAX_VALUE);
    }
    traffic.clientClosing();
    client.close(CloseEvent.NORMAL, "");
    return null;
  }

  // --- Reporting ---

  private StreamReport report() {
    ServerTraffic.Counts counts = traffic.counts();
    ServerTraffic.Counts segment = counts.minus(reportedCounts);
    reportedCounts = counts;
    long connect = connectMillis < 0 ? -1 : connectReported ? 0 : connectMillis;
    connectReported = true;
    long firstMessageMillis = traffic.takeFirstReplyMillis();
    segmentHasSent = false;
    RoundTrips.Summary roundTrips = traffic.roundTrips().drain();
    CloseEvent close = connectMillis < 0 ? null : traffic.closeEvent();
    Failure cause = failure.get();
    String message = cause == null ? null
        : failureReported ? "the stream already ended: " + cause.message() : cause.message();
    failureReported = cause != null;
    boolean anyLag = sendLagMicros.getTotalCount() > 0;
    StreamReport report = new StreamReport(connect, firstMessageMillis, segmentFrames,
        segment.answers(), segment.messages(), segmentBytesSent, segment.bytes(),
        segmentLateFrames, lagMillis(50), lagMillis(95), lagMillis(99),
        anyLag ? sendLagMicros.getMaxValue() / MICROS_PER_MILLI : 0, traffic.jitterMillis(),
        roundTrips.avgMillis(), roundTrips.maxMillis(), roundTrips.count(),
        close == null ? -1 : close.code(), close == null ? null : close.reason(),
        close != null && close.byServer(), cause == null ? null : cause.kind(), message);
    segmentFrames = 0;
    segmentLateFrames = 0;
    segmentBytesSent = 0;
    return report;
  }

  private double lagMillis(double percentile) {
    return sendLagMicros.getTotalCount() == 0 ? 0
        : sendLagMicros.getValueAtPercentile(percentile) / MICROS_PER_MILLI;
  }
}
