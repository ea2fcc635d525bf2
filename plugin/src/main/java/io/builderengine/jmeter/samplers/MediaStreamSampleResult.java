package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.stats.StreamQuality;
import org.apache.jmeter.samplers.SampleResult;

/**
 * The result of one media stream (or one segment of a stream kept open across samples): JMeter's
 * fields plus the stream's quality figures, which the SLO listener reads through {@link StreamQuality}.
 * Serializable with plain fields, so the figures reach a distributed test's controller.
 */
public class MediaStreamSampleResult extends SampleResult implements StreamQuality {

  private static final long serialVersionUID = 1L;

  private long framesSent;
  private long framesReceived;
  private long lateFrames;
  private double sendLagP99Millis;
  private double sendLagMaxMillis;
  private double jitterMillis;
  private double pingRttAvgMillis;
  private long pongs;

  /** Copies the quality figures of a stream's report. */
  void setQuality(StreamReport report) {
    framesSent = report.framesSent();
    framesReceived = report.framesReceived();
    lateFrames = report.lateFrames();
    sendLagP99Millis = report.sendLagP99Millis();
    sendLagMaxMillis = report.sendLagMaxMillis();
    jitterMillis = report.jitterMillis();
    pingRttAvgMillis = report.pingRttAvgMillis();
    pongs = report.pongs();
  }

  @Override
  public long framesSent() {
    return framesSent;
  }

  @Override
  public long framesReceived() {
    return framesReceived;
  }

  @Override
  public long lateFrames() {
    return lateFrames;
  }

  @Override
  public double sendLagP99Millis() {
    return sendLagP99Millis;
  }

  @Override
  public double sendLagMaxMillis() {
    return sendLagMaxMillis;
  }

  @Override
  public double jitterMillis() {
    return jitterMillis;
  }

  @Override
  public double pingRttAvgMillis() {
    return pingRttAvgMillis;
  }

  @Override
  public long pongs() {
    return pongs;
  }
}
