package io.builderengine.jmeter.media;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * When each of the last {@value #CAPACITY} frames was sent, by frame number, so that an answer
 * echoing a frame number can be timed. Older entries are overwritten: an answer more than
 * {@value #CAPACITY} frames late (20 s at 20 ms) would be timed against a newer frame, but the
 * stall check has failed such a stream long before. Thread-safe: the sending thread writes and
 * the read thread reads, through atomic array elements.
 */
final class SendTimes {

  private static final int CAPACITY = 1024; // a power of two: the index is a mask
  private static final int MASK = CAPACITY - 1;

  private final AtomicLongArray sentNanos = new AtomicLongArray(CAPACITY);

  void sent(long frameNumber, long nanos) {
    sentNanos.setRelease((int) (frameNumber & MASK), nanos);
  }

  /** @return the {@link System#nanoTime()} the frame was sent at, or 0 if none is known */
  long sentNanos(long frameNumber) {
    return frameNumber < 1 ? 0 : sentNanos.getAcquire((int) (frameNumber & MASK));
  }
}
