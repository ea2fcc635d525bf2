package io.builderengine.jmeter.media;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;

/**
 * Waits, with a bound, for the two threads Java-WebSocket runs per client connection to end.
 *
 * <p>Java-WebSocket 1.6.0 gives no handle on them: {@code closeBlocking()} only waits for the
 * {@code onClose} callback, after which both threads may still run for a while (or for ever, if
 * the server never answers the close and the read thread blocks in {@code read()}). So this reads
 * the client's private fields {@code connectReadThread} and {@code writeThread}, which the
 * relocation of the shaded jar keeps. If a later version renames them, nothing is joined, and the
 * thread-count test of this package fails. Stateless and thread-safe.
 */
final class ClientThreads {

  private static final Field READ_THREAD = field("connectReadThread");
  private static final Field WRITE_THREAD = field("writeThread");

  /** A close handshake with a live server takes a round trip; give it this long before forcing. */
  private static final long GRACE_MILLIS = 500;

  private ClientThreads() {
  }

  /**
   * Waits up to {@code boundMillis} for the client's threads to end. After a grace period it
   * closes the socket, which unblocks a read or write stuck on a server that stopped answering.
   * An interrupt does not cut the wait short; the thread's interrupt status is kept.
   *
   * @return whether both threads ended (or never ran)
   */
  static boolean join(WebSocketClient client, long boundMillis) {
    long now = System.nanoTime();
    long deadline = now + TimeUnit.MILLISECONDS.toNanos(boundMillis);
    long graceEnd = now + TimeUnit.MILLISECONDS.toNanos(Math.min(GRACE_MILLIS, boundMillis));
    Joiner joiner = new Joiner();
    try {
      // The read thread starts the write thread, so once it has ended the field no longer changes.
      Thread reader = thread(READ_THREAD, client);
      if (!joiner.join(reader, graceEnd)) {
        closeSocket(client.getSocket()); // unblocks a read from a server that stopped answering
        if (!joiner.join(reader, deadline)) {
          return false;
        }
      }
      Thread writer = thread(WRITE_THREAD, client);
      if (!joiner.join(writer, graceEnd)) {
        closeSocket(client.getSocket()); // unblocks a write to a server that stopped reading
        return joiner.join(writer, deadline);
      }
      return true;
    } finally {
      if (joiner.interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Joins threads without giving up on an interrupt, remembering it for the caller. */
  private static final class Joiner {

    private boolean interrupted;

    boolean join(Thread thread, long deadlineNanos) {
      while (thread != null && thread.isAlive()) {
        long remainingNanos = deadlineNanos - System.nanoTime();
        if (remainingNanos <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedJoin(thread, remainingNanos);
        } catch (InterruptedException e) {
          interrupted = true; // the status is cleared; the bound keeps the wait short
        }
      }
      return true;
    }
  }

  private static void closeSocket(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing is all that is wanted; a socket that fails to close is already unusable.
      }
    }
  }

  private static Thread thread(Field field, WebSocketClient client) {
    if (field == null) {
      return null;
    }
    try {
      return (Thread) field.get(client);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static Field field(String name) {
    try {
      Field field = WebSocketClient.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }
}
