package io.builderengine.jmeter.config;

import java.beans.PropertyDescriptor;
import org.apache.jmeter.testbeans.BeanInfoSupport;
import org.apache.jmeter.testbeans.gui.TypeEditor;

/** GUI description of {@link DatabasePool}: the database, the pool, the schema. */
public class DatabasePoolBeanInfo extends BeanInfoSupport {

  public DatabasePoolBeanInfo() {
    super(DatabasePool.class);
    createPropertyGroup("database", new String[] {"active", "poolName", "databaseUrl", "user", "password"});
    createPropertyGroup("pool", new String[] {"maxPoolSize", "connectionTimeoutMillis", "socketTimeoutSeconds"});
    createPropertyGroup("schema", new String[] {"databaseSchema", "seedScale"});
    // Not NOT_UNDEFINED: a plan saved without it (database.jmx) keeps the field's true.
    property("active").setValue(DEFAULT, Boolean.TRUE);
    required("poolName", "builder_engine");
    required("databaseUrl", "");
    required("user", "");
    PropertyDescriptor password = property("password", TypeEditor.PasswordEditor);
    password.setValue(NOT_UNDEFINED, Boolean.TRUE);
    password.setValue(DEFAULT, "");
    required("maxPoolSize", 0);
    required("connectionTimeoutMillis", 5000L);
    required("socketTimeoutSeconds", 30);
    required("databaseSchema", "builder_engine");
    required("seedScale", 0);
  }

  private void required(String name, Object defaultValue) {
    PropertyDescriptor descriptor = property(name);
    descriptor.setValue(NOT_UNDEFINED, Boolean.TRUE);
    descriptor.setValue(DEFAULT, defaultValue);
  }
}
