package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;
import io.builderengine.jmeter.media.StreamSettings;

/** GUI description of {@link MediaStreamSampler}: where to stream, what and how long, then timing. */
public class MediaStreamSamplerBeanInfo extends RequiredFieldsBeanInfo {

  public MediaStreamSamplerBeanInfo() {
    super(MediaStreamSampler.class);
    createPropertyGroup("stream", new String[] {"endpoint", "url", "callId", "connectionMode"});
    createPropertyGroup("audio", new String[] {"audioFile", "streamSeconds"});
    createPropertyGroup("timing", new String[] {"readTimeoutMillis", "pingIntervalMillis"});
    choice("endpoint", "media_stream", false, "media_stream", "sdk_stream", "control");
    field("url", "");
    field("callId", "");
    choice("connectionMode", MediaStreamSampler.PER_SAMPLE, false,
        MediaStreamSampler.PER_SAMPLE, MediaStreamSampler.PER_THREAD);
    file("audioFile");
    field("streamSeconds", 5.0);
    field("readTimeoutMillis", StreamSettings.DEFAULT_TIMEOUT_MILLIS);
    field("pingIntervalMillis", 1000L);
  }
}
