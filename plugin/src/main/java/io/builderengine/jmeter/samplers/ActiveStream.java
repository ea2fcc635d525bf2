package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.media.AudioSource;
import io.builderengine.jmeter.media.MediaStreamSession;
import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.media.StreamSettings;

/**
 * The stream a sampler's thread is running, so that JMeter's Stop, on another thread, can interrupt it
 * ({@code Interruptible}). One per sampler clone: its thread streams, any thread interrupts.
 */
final class ActiveStream {

  private volatile MediaStreamSession running;

  /** A whole stream on a connection of its own: open, stream for {@code streamMillis}, stop, close. */
  StreamReport whole(StreamSettings settings, AudioSource audio, long streamMillis) {
    try (MediaStreamSession session = MediaStreamSession.open(settings, audio)) {
      running = session;
      StreamReport streamed = session.stream(streamMillis);
      return StreamReports.joined(streamed, session.finish());
    } finally {
      running = null;
    }
  }

  /** One segment of a stream kept open across samples. */
  StreamReport segment(MediaStreamSession kept, long streamMillis) {
    running = kept;
    try {
      return kept.stream(streamMillis);
    } finally {
      running = null;
    }
  }

  /** Any thread: stops the stream in progress within milliseconds; whether there was one. */
  boolean interrupt() {
    MediaStreamSession session = running;
    if (session != null) {
      session.interrupt();
    }
    return session != null;
  }
}
