package io.builderengine.jmeter.timers;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;

/** GUI description of {@link TargetRateTimer}: one group, every field required, seconds as numbers. */
public class TargetRateTimerBeanInfo extends RequiredFieldsBeanInfo {

  public TargetRateTimerBeanInfo() {
    super(TargetRateTimer.class);
    createPropertyGroup("rate", new String[] {"targetRps", "rampUpSeconds", "durationSeconds", "rampDownSeconds"});
    field("targetRps", 10.0);
    field("rampUpSeconds", 0.0);
    field("durationSeconds", 60.0);
    field("rampDownSeconds", 0.0);
  }
}
