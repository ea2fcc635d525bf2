package io.builderengine.jmeter.stats;

/**
 * Per-stream audio quality figures carried by a media stream's sample; read by the listener.
 *
 * <p>Implemented by the {@code SampleResult} of a media stream (a top-level sample or a call's
 * "media stream" sub-result). The listener reads each figure once, on the sampling thread, after the
 * sample has ended and while it holds the label's lock: implementations return figures fixed when
 * the stream ended, cheaply, and never block. Times are milliseconds. A figure that is not finite
 * or below 0 counts as 0, but for {@link #pingRttAvgMillis()}, which counts only with a pong.
 */
public interface StreamQuality {

  long framesSent();

  long framesReceived();

  /** Frames sent more than one frame interval after their slot. */
  long lateFrames();

  /** This stream's p99 send lag against the schedule. */
  double sendLagP99Millis();

  double sendLagMaxMillis();

  /** RFC 3550 interarrival jitter of server frames; 0 before two of them arrived. */
  double jitterMillis();

  /** 0 or NaN when no pong came back. */
  double pingRttAvgMillis();

  long pongs();
}
