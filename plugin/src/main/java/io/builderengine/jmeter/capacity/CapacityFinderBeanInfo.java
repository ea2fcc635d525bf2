package io.builderengine.jmeter.capacity;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;

/** GUI description of {@link CapacityFinder}: the steps, then what breaks a step. */
public class CapacityFinderBeanInfo extends BeanInfoSupport {

  public CapacityFinderBeanInfo() {
    super(CapacityFinder.class);
    createPropertyGroup("steps", new String[] {"startCalls", "stepCalls", "maxCalls", "holdSeconds"});
    createPropertyGroup("criteria", new String[] {"watchedLabel", "maxP95Millis", "maxErrorRate"});
    required("startCalls", 10);
    required("stepCalls", 5);
    required("maxCalls", 50);
    required("holdSeconds", 30.0);
    required("watchedLabel", "* - initiate");
    required("maxP95Millis", 1000.0);
    required("maxErrorRate", 0.01);
  }

  private void required(String name, Object defaultValue) {
    PropertyDescriptor descriptor = property(name);
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }
}
