package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;

/** GUI description of {@link DatabaseWorkloadSampler}: the pool and how writes end, then the operation mix. */
public class DatabaseWorkloadSamplerBeanInfo extends RequiredFieldsBeanInfo {

  public DatabaseWorkloadSamplerBeanInfo() {
    super(DatabaseWorkloadSampler.class);
    createPropertyGroup("workload", new String[] {"poolName", "organizationId", "commitWrites"});
    createPropertyGroup("mix", new String[] {"weights", "operations"});
    field("poolName", "builder_engine");
    field("organizationId", "");
    field("commitWrites", Boolean.FALSE);
    field("weights", "");
    textArea("operations", "sql");
  }
}
