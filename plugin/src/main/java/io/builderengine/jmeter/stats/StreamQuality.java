package io.builderengine.jmeter.stats;

/** Per-stream audio quality figures carried by a media stream's sample; read by the listener. */
public interface StreamQuality {
  long framesSent();

  long framesReceived();

  /** Frames sent more than one frame interval after their slot. */
  long lateFrames();

  /** This stream's p99 send lag against the schedule. */
  double sendLagP99Millis();

  double sendLagMaxMillis();

  /** RFC 3550 interarrival jitter of server frames. */
  double jitterMillis();

  /** 0 / NaN when no pong. */
  double pingRttAvgMillis();

  long pongs();
}
