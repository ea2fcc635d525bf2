package io.builderengine.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.lang3.ClassUtils;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.gui.FileEditor;
import org.apache.jmeter.testbeans.gui.GenericTestBeanCustomizer;
import org.apache.jmeter.testbeans.gui.TypeEditor;
import org.apache.jorphan.reflect.ClassFinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every TestBean of ours has a BeanInfo and a Resources bundle naming it, each of its groups and each
 * of its properties, with a tooltip per property (the check JMeter runs on its own beans, dist-check's
 * testbeans PackageTest), in every locale file present; every field is required with a default of
 * its type that its tooltip states, so that an element added from the menu is valid as it is; file
 * fields have a chooser and the password is masked.
 */
class BeanResourcesTest {

  private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();
  private static final List<Class<?>> BEANS = new ArrayList<>();

  @BeforeAll
  static void findBeans() throws Exception {
    for (String name : ClassFinder.findClassesThatExtend(new String[] {CLASSES.toString()},
        new Class<?>[] {TestBean.class})) {
      BEANS.add(Class.forName(name));
    }
    assertThat(BEANS).as("TestBeans under %s", CLASSES).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everyBeanDescribesItsGroupsAndPropertiesInEveryLocaleFile() throws Exception {
    for (Class<?> bean : BEANS) {
      assertThat(Class.forName(bean.getName() + "BeanInfo")).as("BeanInfo of %s", bean)
          .isAssignableTo(BeanInfoSupport.class);
      Map<String, Properties> localeFiles = resourceFiles(bean);
      assertThat(localeFiles).as("Resources files of %s", bean).containsKey(bean.getSimpleName() + "Resources.properties");
      for (Map.Entry<String, Properties> file : localeFiles.entrySet()) {
        Properties resources = file.getValue();
        String where = bean.getSimpleName() + " in " + file.getKey();
        assertThat(resources.getProperty("displayName")).as("%s: displayName", where).isNotBlank();
        for (PropertyDescriptor property : shownProperties(bean)) {
          String name = property.getName();
          assertThat(resources.getProperty(name + ".displayName")).as("%s: %s.displayName", where, name).isNotBlank();
          assertThat(resources.getProperty(name + ".shortDescription")).as("%s: %s.shortDescription", where, name)
              .isNotBlank();
          String group = (String) property.getValue(GenericTestBeanCustomizer.GROUP);
          assertThat(group).as("%s: group of %s", where, name).isNotNull();
          assertThat(resources.getProperty(group + ".displayName")).as("%s: %s.displayName", where, group).isNotBlank();
        }
      }
    }
  }

  @Test
  void everyFieldIsRequiredWithADefaultOfItsType() throws Exception {
    for (Class<?> bean : BEANS) {
      for (PropertyDescriptor property : shownProperties(bean)) {
        String name = bean.getSimpleName() + "." + property.getName();
        // Optional, a primitive field makes JMeter's GUI warn that it "allows null", and comes from the menu unset.
        assertThat(property.getValue(GenericTestBeanCustomizer.NOT_UNDEFINED)).as("%s NOT_UNDEFINED", name)
            .isEqualTo(Boolean.TRUE);
        Object defaultValue = property.getValue(GenericTestBeanCustomizer.DEFAULT);
        assertThat(defaultValue).as("%s DEFAULT", name).isNotNull()
            .isInstanceOf(ClassUtils.primitiveToWrapper(property.getPropertyType()));
        if (Boolean.TRUE.equals(property.getValue(GenericTestBeanCustomizer.NOT_OTHER))) {
          assertThat((String[]) property.getValue(GenericTestBeanCustomizer.TAGS)).as("%s choices", name)
              .contains((String) defaultValue);
        }
      }
    }
  }

  @Test
  void everyTooltipStatesTheDefaultTheFieldStartsWith() throws Exception {
    for (Class<?> bean : BEANS) {
      ResourceBundle resources = ResourceBundle.getBundle(bean.getName() + "Resources");
      for (PropertyDescriptor property : shownProperties(bean)) {
        String shown = shownAs(property.getValue(GenericTestBeanCustomizer.DEFAULT));
        // "Default: 5" must not pass for a default of 50 or 5.5.
        Pattern statesDefault = Pattern.compile("Default: " + Pattern.quote(shown) + "(?=$|[\\s,;()]|\\.(?!\\d))");
        assertThat(resources.getString(property.getName() + ".shortDescription"))
            .as("%s.%s tooltip states its default", bean.getSimpleName(), property.getName())
            .containsPattern(statesDefault);
      }
    }
  }

  @Test
  void fileFieldsHaveAChooserAndOnlyThePasswordIsMasked() throws Exception {
    List<String> masked = new ArrayList<>();
    for (Class<?> bean : BEANS) {
      for (PropertyDescriptor property : shownProperties(bean)) {
        String name = property.getName();
        if (name.endsWith("File") || name.endsWith("Template")) {
          assertThat(property.getPropertyEditorClass()).as("%s.%s editor", bean.getSimpleName(), name)
              .isEqualTo(FileEditor.class);
        }
        // TypeEditor.PasswordEditor, as JMeter's JDBC Connection Configuration sets its password: a PasswordEditor.
        if (property.getValue(GenericTestBeanCustomizer.GUITYPE) == TypeEditor.PasswordEditor) {
          masked.add(bean.getSimpleName() + "." + name);
        }
      }
    }
    assertThat(masked).as("masked fields").containsExactly("DatabasePool.password");
  }

  /** What the GUI shows and saves: JMeter skips hidden and read-only properties (e.g. Timer's isModifiable()). */
  private static List<PropertyDescriptor> shownProperties(Class<?> bean) throws Exception {
    BeanInfo info = Introspector.getBeanInfo(bean);
    return Stream.of(info.getPropertyDescriptors())
        .filter(property -> !property.isHidden() && property.getWriteMethod() != null)
        .collect(Collectors.toList());
  }

  /** The bean's Resources files in every locale present (Resources.properties, Resources_fr.properties...). */
  private static Map<String, Properties> resourceFiles(Class<?> bean) throws IOException {
    Path folder = CLASSES.resolve(bean.getPackageName().replace('.', File.separatorChar));
    Pattern localeFile = Pattern.compile(Pattern.quote(bean.getSimpleName() + "Resources") + "(_\\w+)?\\.properties");
    try (Stream<Path> files = Files.list(folder)) {
      Map<String, Properties> byName = new TreeMap<>();
      for (Path file : files.filter(f -> localeFile.matcher(f.getFileName().toString()).matches()).toList()) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        byName.put(file.getFileName().toString(), properties);
      }
      return byName;
    }
  }

  /** A default as the tooltip words it: blank, True/False as the GUI's list shows them, 5 for 5.0. */
  private static String shownAs(Object defaultValue) {
    if (defaultValue instanceof String text) {
      return text.isEmpty() ? "blank" : text;
    }
    if (defaultValue instanceof Boolean flag) {
      return flag ? "True" : "False";
    }
    return new BigDecimal(defaultValue.toString()).stripTrailingZeros().toPlainString();
  }
}
