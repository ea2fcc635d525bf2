package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.config.PublishedTarget;
import io.builderengine.jmeter.media.AudioEncoding;
import io.builderengine.jmeter.media.AudioFileException;
import io.builderengine.jmeter.media.AudioSource;
import io.builderengine.jmeter.media.MediaStreamSession;
import io.builderengine.jmeter.media.StreamEndpoint;
import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.media.StreamSettings;
import java.util.Locale;
import java.util.Optional;
import org.apache.jmeter.samplers.AbstractSampler;
import org.apache.jmeter.samplers.Entry;
import org.apache.jmeter.samplers.Interruptible;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testelement.ThreadListener;

/**
 * Streams real-time audio over a WebSocket, full duplex: the platform's Twilio media stream (default),
 * the SDK stream, or pings on the control socket. One sample is one stream (connect, greeting, paced
 * frames for the stream time, stop, close), or, with connection mode {@code per_thread}, one segment of
 * a stream each thread keeps open across its iterations and ends when it finishes.
 *
 * <p>The result's connect time is the upgrade, its latency the server's first message; its body holds
 * every figure (frames, late frames, send-lag percentiles, jitter, ping round trip, close); the SLO
 * listener reads them through {@link io.builderengine.jmeter.stats.StreamQuality}. A refused upgrade, an
 * unexpected close or a stall fails the sample with the cause. Interruptible: stopping the test stops a
 * stream within milliseconds, and every connection's threads end with its thread.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class MediaStreamSampler extends AbstractSampler implements TestBean, Interruptible, ThreadListener {

  private static final long serialVersionUID = 1L;
  static final String PER_SAMPLE = "per_sample";
  static final String PER_THREAD = "per_thread";

  private String endpoint = "media_stream";
  private String url = "";
  private String callId = "";
  private String audioFile = "";
  private double streamSeconds = 5;
  private String connectionMode = PER_SAMPLE;
  private long readTimeoutMillis = StreamSettings.DEFAULT_TIMEOUT_MILLIS;
  private long pingIntervalMillis = 1000;

  /** This thread's stream kept open across samples (per_thread mode). */
  private transient MediaStreamSession kept;
  /** Each clone (JMeter clones by constructor) gets its own; {@link #interrupt()} reads it. */
  private final transient ActiveStream active = new ActiveStream();
  private transient String loadedAudioFile;
  private transient AudioEncoding loadedEncoding;
  private transient AudioSource loadedAudio;

  @Override
  public SampleResult sample(Entry entry) {
    MediaStreamSampleResult result = new MediaStreamSampleResult();
    result.setSampleLabel(getName());
    StreamSettings settings;
    AudioSource audio;
    try {
      PublishedTarget target = PublishedTarget.current(getThreadContext().getVariables())
          .orElseThrow(() -> new IllegalArgumentException(PublishedTarget.MISSING));
      settings = StreamTargets.settings(target, endpoint(), url, callId, readTimeoutMillis, pingIntervalMillis);
      audio = audio(settings);
      if (!(streamSeconds >= 0)) {
        throw new IllegalArgumentException("stream seconds must be 0 or more, got " + streamSeconds);
      }
    } catch (IllegalArgumentException | AudioFileException e) {
      return SamplerErrors.failed(result, getName() + ": " + e.getMessage());
    }
    result.sampleStart();
    StreamReport report = PER_THREAD.equals(connectionMode) ? keptSegment(settings, audio) : wholeStream(settings, audio);
    result.sampleEnd();
    StreamSampling.fill(result, report, settings, StreamTargets.describe(settings, audioFile, streamSeconds)
        + (PER_THREAD.equals(connectionMode) ? ", connection kept per thread" : ""));
    return result;
  }

  private StreamReport wholeStream(StreamSettings settings, AudioSource audio) {
    return active.whole(settings, audio, streamMillis());
  }

  /** One segment of this thread's stream; a failed stream is closed, and the next sample opens anew. */
  private StreamReport keptSegment(StreamSettings settings, AudioSource audio) {
    if (kept == null || !kept.isOpen()) {
      closeKept();
      kept = MediaStreamSession.open(settings, audio);
    }
    StreamReport segment = active.segment(kept, streamMillis());
    if (!segment.successful()) {
      closeKept();
    }
    return segment;
  }

  private long streamMillis() {
    return Math.round(streamSeconds * 1000);
  }

  private StreamEndpoint endpoint() {
    try {
      return StreamEndpoint.valueOf(endpoint.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint '" + endpoint + "' is not one of media_stream, sdk_stream, control");
    }
  }

  /** This thread's audio, loaded once per file: a WAV is read and converted at its first use only. */
  private AudioSource audio(StreamSettings settings) throws AudioFileException {
    if (loadedAudio == null || !audioFile.equals(loadedAudioFile) || settings.encoding() != loadedEncoding) {
      loadedAudio = StreamTargets.audio(audioFile, settings.encoding());
      loadedAudioFile = audioFile;
      loadedEncoding = settings.encoding();
    }
    return loadedAudio;
  }

  @Override
  public boolean interrupt() {
    return active.interrupt();
  }

  @Override
  public void threadStarted() {
    // streams open at the first sample
  }

  /** Ends this thread's kept stream properly (stop, close handshake) and waits for its threads. */
  @Override
  public void threadFinished() {
    if (kept != null) {
      kept.finish();
      closeKept();
    }
  }

  private void closeKept() {
    if (kept != null) {
      kept.close();
      kept = null;
    }
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getCallId() {
    return callId;
  }

  public void setCallId(String callId) {
    this.callId = callId;
  }

  public String getAudioFile() {
    return audioFile;
  }

  public void setAudioFile(String audioFile) {
    this.audioFile = audioFile;
  }

  public double getStreamSeconds() {
    return streamSeconds;
  }

  public void setStreamSeconds(double streamSeconds) {
    this.streamSeconds = streamSeconds;
  }

  public String getConnectionMode() {
    return connectionMode;
  }

  public void setConnectionMode(String connectionMode) {
    this.connectionMode = connectionMode;
  }

  public long getReadTimeoutMillis() {
    return readTimeoutMillis;
  }

  public void setReadTimeoutMillis(long readTimeoutMillis) {
    this.readTimeoutMillis = readTimeoutMillis;
  }

  public long getPingIntervalMillis() {
    return pingIntervalMillis;
  }

  public void setPingIntervalMillis(long pingIntervalMillis) {
    this.pingIntervalMillis = pingIntervalMillis;
  }
}
