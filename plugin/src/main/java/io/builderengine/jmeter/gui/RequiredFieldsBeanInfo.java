package io.builderengine.jmeter.gui;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.TestBean;
import org.apache.jmeter.testbeans.gui.FileEditor;
import org.apache.jmeter.testbeans.gui.TypeEditor;

/**
 * GUI description of one of our TestBeans whose every field is required and has a default, so that an
 * element added from JMeter's menu is valid as it is: JMeter's GUI fills each field with its default
 * and offers no "undefined" entry. The field kinds follow JMeter's own beans: a file chooser (CSV Data
 * Set Config's file name), a masked secret (JDBC Connection Configuration's password), a list of
 * choices, a text area.
 *
 * <p>A field added after plans were shipped: for a key that a plan lacks, JMeter sets a required
 * primitive field to false or 0 (TestBeanHelper), not to its default, so the bean reads the missing key
 * itself (DatabasePool's {@code active}). Leaving it optional instead would make JMeter's GUI warn that
 * a primitive "allows null" and add it from the menu without a value.
 *
 * <p>The names are bean property names, which are the .jmx keys of shipped plans: never rename them.
 * Each field's label and tooltip (what it does, its unit and its default) are in the bean's
 * {@code <Bean>Resources.properties}.
 */
public abstract class RequiredFieldsBeanInfo extends BeanInfoSupport {

  protected RequiredFieldsBeanInfo(Class<? extends TestBean> beanClass) {
    super(beanClass);
  }

  /** A one-line field. */
  protected PropertyDescriptor field(String name, Object defaultValue) {
    return required(property(name), defaultValue);
  }

  /** A multi-line text area; {@code language} colours it (e.g. "sql"), or null for plain text. */
  protected PropertyDescriptor textArea(String name, String language) {
    PropertyDescriptor descriptor = required(property(name, TypeEditor.TextAreaEditor), "");
    if (language != null) {
      descriptor.setValue(TEXT_LANGUAGE, language);
    }
    return descriptor;
  }

  /** A file path with a Browse... button; blank by default. */
  protected PropertyDescriptor file(String name) {
    return file(name, "");
  }

  protected PropertyDescriptor file(String name, String defaultValue) {
    PropertyDescriptor descriptor = required(property(name), defaultValue);
    descriptor.setPropertyEditorClass(FileEditor.class);
    return descriptor;
  }

  /** A secret: shown masked, blank by default (the tooltip says where else it can come from). */
  protected PropertyDescriptor secret(String name) {
    return required(property(name, TypeEditor.PasswordEditor), "");
  }

  /**
   * A list of choices. With {@code othersAllowed}, the user may also type another value; either way
   * a ${...} expression is accepted.
   */
  protected PropertyDescriptor choice(String name, String defaultValue, boolean othersAllowed, String... choices) {
    PropertyDescriptor descriptor = required(property(name), defaultValue);
    descriptor.setValue(NOT_OTHER, !othersAllowed);
    descriptor.setValue(TAGS, choices.clone());
    return descriptor;
  }

  private static PropertyDescriptor required(PropertyDescriptor descriptor, Object defaultValue) {
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
    return descriptor;
  }
}
