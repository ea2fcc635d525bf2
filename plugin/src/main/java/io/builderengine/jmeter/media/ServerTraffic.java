package io.builderengine.jmeter.media;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * What the server did on one stream, recorded as it happens: messages, answers and bytes, the
 * time of the last one (for the stall check), the first reply after a segment's first send, the
 * jitter of answers, round trips, the server's error report and the close.
 *
 * <p>Threads: Java-WebSocket delivers messages and pongs on its read thread only, so the counters
 * have that single writer and are volatile for the readers. Close and error events may come from
 * any thread (the caller's own close, the write thread's I/O error); they are kept first-wins in
 * atomics and wake the thread that waits on the stream. Reading is cheap: a few
 * {@code indexOf}-based checks per message and no allocation for answers.
 */
final class ServerTraffic {

  private static final long NANOS_PER_MICRO = 1_000;

  private final StreamProtocol protocol;
  private final InterarrivalJitter jitter = new InterarrivalJitter();
  private final RoundTrips roundTrips = new RoundTrips();
  private final SendTimes sendTimes = new SendTimes();
  private final AtomicReference<CloseEvent> close = new AtomicReference<>();
  private final AtomicReference<String> serverError = new AtomicReference<>();
  private final AtomicReference<Exception> error = new AtomicReference<>();

  private volatile long messages;
  private volatile long answers;
  private volatile long bytes;
  private volatile long lastMessageNanos;
  private volatile long firstSentNanos;
  private volatile long firstReplyNanos;
  private volatile long pingSentNanos;
  private volatile boolean clientClosing;
  private volatile long wakeAtAnswers = Long.MAX_VALUE;
  private volatile Thread waiter;

  /** Totals since the stream opened; the difference of two is a segment's share. */
  record Counts(long messages, long answers, long bytes) {

    static final Counts ZERO = new Counts(0, 0, 0);

    Counts minus(Counts earlier) {
      return new Counts(messages - earlier.messages, answers - earlier.answers,
          bytes - earlier.bytes);
    }
  }

  ServerTraffic(StreamProtocol protocol) {
    this.protocol = protocol;
  }

  // --- Events, from Java-WebSocket's threads ---

  /** A text message; read thread only. */
  void onText(String text, long nowNanos) {
    received(Utf8.length(text), nowNanos);
    messages++;
    if (protocol.isAnswer(text)) {
      long answerNumber = ++answers;
      if (answerNumber >= wakeAtAnswers) {
        wake();
      }
      long senderMicros = protocol.answerSenderMicros(text);
      if (senderMicros == StreamProtocol.NONE) {
        senderMicros = answerNumber * protocol.answerIntervalMicros();
      }
      jitter.arrival(nowNanos / NANOS_PER_MICRO, senderMicros);
      long sentNanos = sendTimes.sentNanos(protocol.answerSequence(text));
      if (sentNanos != 0) {
        roundTrips.record(nowNanos - sentNanos);
      }
    } else {
      String reported = protocol.errorIn(text);
      if (reported != null && serverError.compareAndSet(null, reported)) {
        wake();
      }
    }
  }

  /** A binary message; read thread only. Counted, never an answer. */
  void onBinary(int payloadBytes, long nowNanos) {
    received(payloadBytes, nowNanos);
  }

  /** A pong frame; read thread only. Times the outstanding ping, if any. */
  void onPong(long nowNanos) {
    lastMessageNanos = nowNanos;
    long sent = pingSentNanos;
    if (sent != 0) {
      pingSentNanos = 0;
      roundTrips.record(nowNanos - sent);
    }
  }

  /** The connection ended; any thread. Only the first report counts. */
  void onClose(int code, String reason) {
    close.compareAndSet(null, new CloseEvent(code, reason == null ? "" : reason, !clientClosing));
    wake();
  }

  /** An error Java-WebSocket reported; any thread. Only the first is kept. */
  void onError(Exception e) {
    error.compareAndSet(null, e);
  }

  // --- From the sending thread ---

  /** This client starts closing now: a close from here on is not the server's doing. Any thread. */
  void clientClosing() {
    clientClosing = true;
  }

  /** The thread to wake on a close or an error report; null for none. */
  void waiter(Thread thread) {
    waiter = thread;
  }

  /**
   * Wakes the waiter once this many answers have arrived in all ({@link Long#MAX_VALUE}: never).
   * Off by default: an unpark per message would cost the read thread a system call each.
   */
  void wakeAtAnswers(long count) {
    wakeAtAnswers = count;
  }

  /** Unparks the waiting thread, e.g. to make it notice an interrupt. */
  void wake() {
    Thread thread = waiter;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  /** The segment's first message went out now: the next server message is its first reply. */
  void firstSent(long nanos) {
    firstReplyNanos = 0;
    firstSentNanos = nanos;
  }

  /**
   * @return ms from the segment's first send to the first server message after it, -1 if none
   *     came (or nothing was sent); starts the next segment
   */
  long takeFirstReplyMillis() {
    long sent = firstSentNanos;
    long reply = firstReplyNanos;
    firstSentNanos = 0;
    return sent == 0 || reply == 0 ? -1 : Math.round((reply - sent) / 1e6);
  }

  /** Frame {@code frameNumber} goes out now; an answer echoing its number is timed from here. */
  void frameSent(long frameNumber, long nanos) {
    sendTimes.sent(frameNumber, nanos);
  }

  /** A WebSocket ping goes out now. */
  void pingSent(long nanos) {
    pingSentNanos = nanos;
  }

  // --- Readings, any thread ---

  Counts counts() {
    return new Counts(messages, answers, bytes);
  }

  /** Answers since the stream opened. */
  long answers() {
    return answers;
  }

  /** {@link System#nanoTime()} of the last message or pong; 0 before any. */
  long lastMessageNanos() {
    return lastMessageNanos;
  }

  double jitterMillis() {
    return jitter.jitterMicros() / 1_000;
  }

  RoundTrips roundTrips() {
    return roundTrips;
  }

  /** How the connection ended; null while it is open. */
  CloseEvent closeEvent() {
    return close.get();
  }

  /** The server's first error report, for people; null if none. */
  String serverError() {
    return serverError.get();
  }

  /** The first error Java-WebSocket reported (e.g. a refused connection); null if none. */
  Exception error() {
    return error.get();
  }

  private void received(int payloadBytes, long nowNanos) {
    bytes += payloadBytes;
    lastMessageNanos = nowNanos;
    if (firstReplyNanos == 0 && firstSentNanos != 0) {
      firstReplyNanos = nowNanos;
    }
  }
}
