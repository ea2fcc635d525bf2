package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.calls.CallApiClient;
import io.builderengine.jmeter.calls.CallApiException;
import io.builderengine.jmeter.calls.CallStep;
import io.builderengine.jmeter.calls.CallTarget;
import io.builderengine.jmeter.calls.InitiatedCall;
import io.builderengine.jmeter.calls.TelephonyOperation;
import io.builderengine.jmeter.config.PublishedTarget;
import io.builderengine.jmeter.media.AudioFileException;
import io.builderengine.jmeter.media.AudioSource;
import io.builderengine.jmeter.media.StreamEndpoint;
import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.media.StreamSettings;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jmeter.samplers.AbstractSampler;
import org.apache.jmeter.samplers.Entry;
import org.apache.jmeter.samplers.Interruptible;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testelement.ThreadListener;

/**
 * One sample is one whole phone call: initiate ({@code POST /api/v1/calls}), open the call's media
 * stream and stream the talk time of paced audio, poll its status, perform telephony operations drawn
 * with the platform's weights (an {@code end} drawn ends the call there), end it. Each step is a
 * sub-result labelled {@code <name> - <step>}, so JMeter's dashboard and the SLO listener show call
 * setup, stream, poll and end times apart; the call fails when a step fails, naming that step.
 *
 * <p>Uses the Builder Engine Config element's target, credentials and timeouts. Each thread keeps one
 * HTTP connection (no background thread) and closes it when it finishes. Interruptible: stopping the
 * test cuts the stream short.
 *
 * <p>The bean properties are the .jmx keys of shipped plans: never rename them.
 */
public class CallSimulationSampler extends AbstractSampler implements TestBean, Interruptible, ThreadListener {

  private static final long serialVersionUID = 1L;
  static final String MEDIA_STREAM_STEP = "media stream";

  private String agentId = "";
  private double talkSeconds = 5;
  private int operations = 1;
  private boolean streamAudio = true;
  private String audioFile = "";
  private long readTimeoutMillis = StreamSettings.DEFAULT_TIMEOUT_MILLIS;

  private transient CallApiClient client;
  private transient CallTarget clientTarget;
  /** What {@link #clientTarget} was made from. */
  private transient PublishedTarget clientSource;
  private transient List<String> agentIds;
  private transient SplittableRandom random;
  private transient AudioSource loadedAudio;
  /** Each clone (JMeter clones by constructor) gets its own; {@link #interrupt()} reads it. */
  private final transient ActiveStream activeStream = new ActiveStream();

  @Override
  public SampleResult sample(Entry entry) {
    SampleResult call = new SampleResult();
    call.setSampleLabel(getName());
    PublishedTarget target;
    String agent;
    AudioSource audio;
    try {
      target = PublishedTarget.current(getThreadContext().getVariables())
          .orElseThrow(() -> new IllegalArgumentException(PublishedTarget.MISSING));
      validate();
      audio = streamAudio ? audio() : null;
      agent = agent(client(target));
    } catch (IllegalArgumentException | AudioFileException | CallApiException e) {
      return SamplerErrors.failed(call, getName() + ": " + e.getMessage());
    }
    call.sampleStart();
    CallSteps steps = new CallSteps(call, getName());
    InitiatedCall initiated = client.initiate(agent, null, getThreadContext().getThread().getThreadName());
    steps.add(initiated.step());
    if (initiated.created()) {
      String id = initiated.callId();
      if (streamAudio) {
        steps.add(stream(target, id, audio));
      }
      steps.add(client.status(id));
      boolean ended = false;
      for (int i = 0; i < operations && !ended; i++) {
        TelephonyOperation operation = TelephonyOperation.pick(random.nextDouble());
        ended = operation == TelephonyOperation.END;
        steps.add(ended ? client.end(id) : client.operation(operation, id));
      }
      if (!ended) {
        steps.add(client.end(id));
      }
      call.setResponseData("call_id=" + id + "\n" + steps.outline(), "UTF-8");
    }
    call.sampleEnd();
    steps.conclude();
    return call;
  }

  /** The call's media stream as a sub-result: opened on the call, the talk time streamed, stopped. */
  private MediaStreamSampleResult stream(PublishedTarget target, String id, AudioSource audio) {
    MediaStreamSampleResult result = new MediaStreamSampleResult();
    result.setSampleLabel(getName() + " - " + MEDIA_STREAM_STEP);
    StreamSettings settings = StreamTargets.settings(target, StreamEndpoint.MEDIA_STREAM, "", id, readTimeoutMillis,
        1000);
    result.sampleStart();
    StreamReport report = activeStream.whole(settings, audio, Math.round(talkSeconds * 1000));
    result.sampleEnd();
    StreamSampling.fill(result, report, settings, StreamTargets.describe(settings, audioFile, talkSeconds));
    return result;
  }

  private void validate() {
    if (!(talkSeconds >= 0)) {
      throw new IllegalArgumentException("talk seconds must be 0 or more, got " + talkSeconds);
    }
    if (operations < 0) {
      throw new IllegalArgumentException("operations must be 0 or more, got " + operations);
    }
  }

  /** This thread's client, made anew when the published target changed (a new run in the same JVM). */
  private CallApiClient client(PublishedTarget target) {
    // The same published target as the last call's: skip building and validating a CallTarget.
    if (client != null && target.equals(clientSource)) {
      return client;
    }
    CallTarget wanted = new CallTarget(target.baseUrl(), target.apiKey(), target.organizationId(),
        target.connectTimeoutMillis(), target.responseTimeoutMillis(), target.tls());
    if (client == null || !wanted.equals(clientTarget)) {
      closeClient();
      client = new CallApiClient(wanted);
      clientTarget = wanted;
      agentIds = null;
      random = new SplittableRandom();
    }
    clientSource = target;
    return client;
  }

  /** The configured agent, or one of the platform's agents, fetched once per thread. */
  private String agent(CallApiClient calls) throws CallApiException {
    if (agentId != null && !agentId.isBlank()) {
      return agentId.strip();
    }
    if (agentIds == null) {
      agentIds = calls.agentIds();
      if (agentIds.isEmpty()) {
        throw new IllegalArgumentException("GET /api/v1/agents lists no agent; create one or set the sampler's"
            + " agent id");
      }
    }
    return agentIds.get(random.nextInt(agentIds.size()));
  }

  private AudioSource audio() throws AudioFileException {
    if (loadedAudio == null) {
      loadedAudio = StreamTargets.audio(audioFile, StreamEndpoint.MEDIA_STREAM.encoding());
    }
    return loadedAudio;
  }

  @Override
  public boolean interrupt() {
    return activeStream.interrupt();
  }

  @Override
  public void threadStarted() {
    // the client opens at the first call
  }

  @Override
  public void threadFinished() {
    closeClient();
  }

  private void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  public String getAgentId() {
    return agentId;
  }

  public void setAgentId(String agentId) {
    this.agentId = agentId;
  }

  public double getTalkSeconds() {
    return talkSeconds;
  }

  public void setTalkSeconds(double talkSeconds) {
    this.talkSeconds = talkSeconds;
  }

  public int getOperations() {
    return operations;
  }

  public void setOperations(int operations) {
    this.operations = operations;
  }

  public boolean isStreamAudio() {
    return streamAudio;
  }

  public void setStreamAudio(boolean streamAudio) {
    this.streamAudio = streamAudio;
  }

  public String getAudioFile() {
    return audioFile;
  }

  public void setAudioFile(String audioFile) {
    this.audioFile = audioFile;
  }

  public long getReadTimeoutMillis() {
    return readTimeoutMillis;
  }

  public void setReadTimeoutMillis(long readTimeoutMillis) {
    this.readTimeoutMillis = readTimeoutMillis;
  }
}
