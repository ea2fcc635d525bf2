package io.builderengine.jmeter.config;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.gui.FileEditor;

/** GUI description of {@link BuilderEngineConfig}: the YAML file (with a chooser) and the profile. */
public class BuilderEngineConfigBeanInfo extends BeanInfoSupport {

  public BuilderEngineConfigBeanInfo() {
    super(BuilderEngineConfig.class);
    createPropertyGroup("source", new String[] {"configFile", "profile"});

    PropertyDescriptor configFile = property("configFile");
    configFile.setPropertyEditorClass(FileEditor.class);
    configFile.setValue(NOT_UNDEFINED, Boolean.TRUE);
    configFile.setValue(DEFAULT, BuilderEngineConfig.DEFAULT_CONFIG_FILE);

    PropertyDescriptor profile = property("profile");
    profile.setValue(NOT_UNDEFINED, Boolean.TRUE);
    profile.setValue(DEFAULT, BuilderEngineConfig.DEFAULT_PROFILE);
    profile.setValue(NOT_OTHER, Boolean.FALSE);
    profile.setValue(TAGS, new String[] {"smoke", "light", "normal", "heavy", "stress", "soak", "spike"});
  }
}
