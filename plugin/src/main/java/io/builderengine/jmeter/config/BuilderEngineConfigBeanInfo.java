package io.builderengine.jmeter.config;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;

/** GUI description of {@link BuilderEngineConfig}: the YAML file (with a chooser) and the profile. */
public class BuilderEngineConfigBeanInfo extends RequiredFieldsBeanInfo {

  public BuilderEngineConfigBeanInfo() {
    super(BuilderEngineConfig.class);
    createPropertyGroup("source", new String[] {"configFile", "profile"});
    file("configFile", BuilderEngineConfig.DEFAULT_CONFIG_FILE);
    choice("profile", BuilderEngineConfig.DEFAULT_PROFILE, true,
        "smoke", "light", "normal", "heavy", "stress", "soak", "spike");
  }
}
