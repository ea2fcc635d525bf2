package io.builderengine.jmeter.stats;

/** One stream's figures as a media stream sampler would hand them over. */
record StreamFigures(long framesSent, long framesReceived, long lateFrames, double sendLagP99Millis,
    double sendLagMaxMillis, double jitterMillis, double pingRttAvgMillis, long pongs) implements StreamQuality {

  /** A 30 s stream of 20 ms frames: 1500 sent, 1490 received, with these lags, jitter and ping. */
  static StreamFigures of(long lateFrames, double sendLagP99Millis, double jitterMillis, double pingRttAvgMillis,
      long pongs) {
    return new StreamFigures(1500, 1490, lateFrames, sendLagP99Millis, sendLagP99Millis * 2, jitterMillis,
        pingRttAvgMillis, pongs);
  }
}
