package io.builderengine.jmeter.samplers;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;

/** GUI description of {@link CallSimulationSampler}: the call, then its audio. */
public class CallSimulationSamplerBeanInfo extends BeanInfoSupport {

  public CallSimulationSamplerBeanInfo() {
    super(CallSimulationSampler.class);
    createPropertyGroup("call", new String[] {"agentId", "talkSeconds", "operations"});
    createPropertyGroup("audio", new String[] {"streamAudio", "audioFile", "readTimeoutMillis"});
    required("agentId", "");
    required("talkSeconds", 5.0);
    required("operations", 1);
    required("streamAudio", Boolean.TRUE);
    required("audioFile", "");
    required("readTimeoutMillis", 5000L);
  }

  private void required(String name, Object defaultValue) {
    PropertyDescriptor descriptor = property(name);
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }
}
