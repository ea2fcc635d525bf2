package io.builderengine.jmeter.listener;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.gui.TypeEditor;

/** GUI description of {@link SloSummaryListener}. */
public class SloSummaryListenerBeanInfo extends BeanInfoSupport {

  public SloSummaryListenerBeanInfo() {
    super(SloSummaryListener.class);
    createPropertyGroup("thresholds",
        new String[] {"overallThresholds", "labelThresholds", "minSuccessfulSamples", "abortAfterSeconds"});
    createPropertyGroup("output", new String[] {"outputDirectory", "summaryTemplate", "progressSeconds"});

    text(property("overallThresholds", TypeEditor.TextAreaEditor), "");
    text(property("labelThresholds", TypeEditor.TextAreaEditor), "");
    number(property("minSuccessfulSamples"), 10);
    number(property("abortAfterSeconds"), 0);
    text(property("outputDirectory"), "");
    PropertyDescriptor template = property("summaryTemplate");
    template.setPropertyEditorClass(org.apache.jmeter.testbeans.gui.FileEditor.class);
    text(template, "");
    number(property("progressSeconds"), 10);
  }

  private void text(PropertyDescriptor descriptor, String defaultValue) {
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }

  private void number(PropertyDescriptor descriptor, int defaultValue) {
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }
}
