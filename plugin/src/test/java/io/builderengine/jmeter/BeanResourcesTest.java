package io.builderengine.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.File;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.gui.GenericTestBeanCustomizer;
import org.apache.jorphan.reflect.ClassFinder;
import org.junit.jupiter.api.Test;

/**
 * Every TestBean of ours has a BeanInfo and a Resources bundle naming it, each of its groups and each
 * of its properties, with a tooltip per property: the check JMeter runs on its own beans
 * (dist-check's testbeans PackageTest), so no field shows up in the GUI as a bare key.
 */
class BeanResourcesTest {

  @Test
  void everyBeanDescribesItsGroupsAndProperties() throws Exception {
    String classes = new File("target/classes").getAbsolutePath();
    List<String> beans = ClassFinder.findClassesThatExtend(new String[] {classes}, new Class<?>[] {TestBean.class});
    assertThat(beans).as("TestBeans under %s", classes).isNotEmpty();
    for (String beanName : beans) {
      Class<?> bean = Class.forName(beanName);
      assertThat(Class.forName(beanName + "BeanInfo")).as("BeanInfo of %s", beanName)
          .isAssignableTo(BeanInfoSupport.class);
      BeanInfo info = Introspector.getBeanInfo(bean);
      ResourceBundle resources = ResourceBundle.getBundle(beanName + "Resources");
      assertThat(resources.getString("displayName")).as("%s displayName", beanName).isNotBlank();
      for (PropertyDescriptor property : info.getPropertyDescriptors()) {
        if (property.isHidden() || property.getWriteMethod() == null) {
          continue; // not shown nor saved (e.g. Timer's read-only isModifiable())
        }
        String name = property.getName();
        assertThat(resources.containsKey(name + ".displayName")).as("%s: %s.displayName", beanName, name).isTrue();
        assertThat(resources.containsKey(name + ".shortDescription")).as("%s: %s.shortDescription", beanName, name).isTrue();
        String group = (String) property.getValue(GenericTestBeanCustomizer.GROUP);
        assertThat(group).as("%s: group of %s", beanName, name).isNotNull();
        assertThat(resources.containsKey(group + ".displayName")).as("%s: %s.displayName", beanName, group).isTrue();
      }
    }
  }
}
