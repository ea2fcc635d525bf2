package io.builderengine.jmeter.timers;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;

/** GUI description of {@link TargetRateTimer}: one group, every field required, seconds as numbers. */
public class TargetRateTimerBeanInfo extends BeanInfoSupport {

  public TargetRateTimerBeanInfo() {
    super(TargetRateTimer.class);
    createPropertyGroup("rate", new String[] {"targetRps", "rampUpSeconds", "durationSeconds", "rampDownSeconds"});
    required("targetRps", 10.0);
    required("rampUpSeconds", 0.0);
    required("durationSeconds", 60.0);
    required("rampDownSeconds", 0.0);
  }

  private void required(String name, double defaultValue) {
    PropertyDescriptor descriptor = property(name);
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }
}
