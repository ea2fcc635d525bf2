package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;
import io.builderengine.jmeter.media.StreamSettings;

/** GUI description of {@link CallSimulationSampler}: the call, then its audio (WAV file with a chooser). */
public class CallSimulationSamplerBeanInfo extends RequiredFieldsBeanInfo {

  public CallSimulationSamplerBeanInfo() {
    super(CallSimulationSampler.class);
    createPropertyGroup("call", new String[] {"agentId", "talkSeconds", "operations"});
    createPropertyGroup("audio", new String[] {"streamAudio", "audioFile", "readTimeoutMillis"});
    field("agentId", "");
    field("talkSeconds", 5.0);
    field("operations", 1);
    field("streamAudio", Boolean.TRUE);
    file("audioFile");
    field("readTimeoutMillis", StreamSettings.DEFAULT_TIMEOUT_MILLIS);
  }
}
