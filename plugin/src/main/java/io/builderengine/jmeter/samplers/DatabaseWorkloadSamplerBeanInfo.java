package io.builderengine.jmeter.samplers;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.gui.TypeEditor;

/** GUI description of {@link DatabaseWorkloadSampler}: the pool, then the mix. */
public class DatabaseWorkloadSamplerBeanInfo extends BeanInfoSupport {

  public DatabaseWorkloadSamplerBeanInfo() {
    super(DatabaseWorkloadSampler.class);
    createPropertyGroup("workload", new String[] {"poolName", "weights", "operations", "commitWrites",
        "organizationId"});
    required("poolName", "builder_engine");
    required("weights", "");
    PropertyDescriptor operations = property("operations", TypeEditor.TextAreaEditor);
    operations.setValue(NOT_UNDEFINED, Boolean.TRUE);
    operations.setValue(DEFAULT, "");
    operations.setValue(TEXT_LANGUAGE, "sql");
    required("commitWrites", Boolean.FALSE);
    required("organizationId", "");
  }

  private void required(String name, Object defaultValue) {
    PropertyDescriptor descriptor = property(name);
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }
}
