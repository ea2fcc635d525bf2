package io.builderengine.jmeter.listener;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;

/** GUI description of {@link SloSummaryListener}: the thresholds, then where the reports go. */
public class SloSummaryListenerBeanInfo extends RequiredFieldsBeanInfo {

  public SloSummaryListenerBeanInfo() {
    super(SloSummaryListener.class);
    createPropertyGroup("thresholds",
        new String[] {"overallThresholds", "labelThresholds", "minSuccessfulSamples", "abortAfterSeconds"});
    createPropertyGroup("output", new String[] {"outputDirectory", "summaryTemplate", "progressSeconds"});
    textArea("overallThresholds", null);
    textArea("labelThresholds", null);
    field("minSuccessfulSamples", 10);
    field("abortAfterSeconds", 0);
    field("outputDirectory", "");
    file("summaryTemplate");
    field("progressSeconds", 10);
  }
}
