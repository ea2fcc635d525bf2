package io.builderengine.jmeter.config;

import io.builderengine.jmeter.gui.RequiredFieldsBeanInfo;

/** GUI description of {@link DatabasePool}: the database (password masked), the pool, the schema. */
public class DatabasePoolBeanInfo extends RequiredFieldsBeanInfo {

  public DatabasePoolBeanInfo() {
    super(DatabasePool.class);
    createPropertyGroup("database", new String[] {"active", "poolName", "databaseUrl", "user", "password"});
    createPropertyGroup("pool", new String[] {"maxPoolSize", "connectionTimeoutMillis", "socketTimeoutSeconds"});
    createPropertyGroup("schema", new String[] {"databaseSchema", "seedScale"});
    // A plan saved without it (database.jmx) keeps the pool: DatabasePool reads the missing key.
    field("active", Boolean.TRUE);
    field("poolName", "builder_engine");
    field("databaseUrl", "");
    field("user", "");
    secret("password");
    field("maxPoolSize", 0);
    field("connectionTimeoutMillis", 5000L);
    field("socketTimeoutSeconds", 30);
    field("databaseSchema", "builder_engine");
    field("seedScale", 0);
  }
}
