package io.builderengine.jmeter.capacity;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;

/** GUI description of {@link CapacityFinder}: the steps, then what breaks a step. */
public class CapacityFinderBeanInfo extends RequiredFieldsBeanInfo {

  public CapacityFinderBeanInfo() {
    super(CapacityFinder.class);
    createPropertyGroup("steps", new String[] {"startCalls", "stepCalls", "maxCalls", "holdSeconds"});
    createPropertyGroup("criteria", new String[] {"watchedLabel", "maxP95Millis", "maxErrorRate"});
    field("startCalls", 10);
    field("stepCalls", 5);
    field("maxCalls", 50);
    field("holdSeconds", 30.0);
    field("watchedLabel", "* - initiate");
    field("maxP95Millis", 1000.0);
    field("maxErrorRate", 0.01);
  }
}
