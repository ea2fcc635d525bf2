package io.builderengine.jmeter.samplers;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;

/** GUI description of {@link MediaStreamSampler}: where to stream, what and how long, then timing. */
public class MediaStreamSamplerBeanInfo extends BeanInfoSupport {

  public MediaStreamSamplerBeanInfo() {
    super(MediaStreamSampler.class);
    createPropertyGroup("stream", new String[] {"endpoint", "url", "callId", "connectionMode"});
    createPropertyGroup("audio", new String[] {"audioFile", "streamSeconds"});
    createPropertyGroup("timing", new String[] {"readTimeoutMillis", "pingIntervalMillis"});
    PropertyDescriptor endpoint = required("endpoint", "media_stream");
    endpoint.setValue(NOT_OTHER, Boolean.TRUE);
    endpoint.setValue(TAGS, new String[] {"media_stream", "sdk_stream", "control"});
    required("url", "");
    required("callId", "");
    PropertyDescriptor mode = required("connectionMode", MediaStreamSampler.PER_SAMPLE);
    mode.setValue(NOT_OTHER, Boolean.TRUE);
    mode.setValue(TAGS, new String[] {MediaStreamSampler.PER_SAMPLE, MediaStreamSampler.PER_THREAD});
    required("audioFile", "");
    required("streamSeconds", 5.0);
    required("readTimeoutMillis", 5000L);
    required("pingIntervalMillis", 1000L);
  }

  private PropertyDescriptor required(String name, Object defaultValue) {
    PropertyDescriptor descriptor = property(name);
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
    return descriptor;
  }
}
