package io.builderengine.jmeter.db;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The database set-up step outside a plan, like {@code pgbench -i -s}: creates the Builder Engine
 * tables in a schema and seeds them at a scale, idempotently, with the plugin jar alone:
 *
 * <pre>
 * java -cp lib/ext/builder-engine-jmeter-plugin-&lt;version&gt;.jar io.builderengine.jmeter.db.SchemaSetupCommand \
 *     --url postgresql://postgres@127.0.0.1:5432/builder_engine --schema builder_engine --scale 10
 * </pre>
 *
 * <p>The URL comes from {@code --url}, else {@code BE_DB_URL}; the user from {@code --user}, else
 * {@code BE_DB_USER}, else the URL; the password from {@code BE_DB_PASSWORD}, else the URL (never
 * an argument, which every user of the machine could read). Exit status: 0 done, 1 the database
 * failed, 2 bad arguments.
 */
public final class SchemaSetupCommand {

  static final String USAGE = """
      Usage: java -cp builder-engine-jmeter-plugin.jar io.builderengine.jmeter.db.SchemaSetupCommand [options]
        --url URL       postgresql://user@host:port/db or jdbc:postgresql://... (default: $BE_DB_URL)
        --user NAME     database user (default: $BE_DB_USER, else the URL's); password: $BE_DB_PASSWORD or the URL
        --schema NAME   schema to create the tables in (default: builder_engine), as database.jmx's -Jdb_schema
        --scale N       seed N x (50 agents, 10000 calls); 0 creates the tables only (default: 1)
        --org ID        organization id of the seeded rows (default: $BE_ORG_ID, else org_loadtest)
        --help          this text
      Creates what is missing and seeds only what is missing: running it again changes nothing.""";

  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  private SchemaSetupCommand() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /** Runs the command; returns the exit status. */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    SchemaSetupOptions options;
    try {
      options = SchemaSetupOptions.parse(args, environment);
    } catch (IllegalArgumentException e) {
      err.println("Schema setup: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    long startNanos = System.nanoTime();
    try (Connection connection = connect(options)) {
      BuilderEngineSchema.create(connection, options.schema());
      try (Statement statement = connection.createStatement()) {
        // The schema name passed the identifier check of create(); seeding finds the tables by search path.
        statement.execute("SET search_path TO " + options.schema());
      }
      if (options.scale() > 0) {
        BuilderEngineSchema.seed(connection, options.scale(), options.organizationId());
      }
    } catch (SQLException e) {
      err.println("Schema setup: " + options.target().jdbcUrl() + ": "
          + DatabaseFailures.classify(e, CONNECT_TIMEOUT_SECONDS * 1_000L).message());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("Schema setup: " + e.getMessage());
      return 2;
    }
    out.printf("Schema '%s' at %s ready: %d agents and %d calls of organization '%s' (scale %d) in %.1f s%n",
        options.schema(), options.target().jdbcUrl(), options.scale() * BuilderEngineSchema.AGENTS_PER_SCALE,
        options.scale() * BuilderEngineSchema.CALLS_PER_SCALE, options.organizationId(), options.scale(),
        (System.nanoTime() - startNanos) / 1e9);
    return 0;
  }

  private static Connection connect(SchemaSetupOptions options) throws SQLException {
    Properties properties = new Properties();
    if (options.target().user() != null) {
      properties.setProperty("user", options.target().user());
    }
    if (options.target().password() != null) {
      properties.setProperty("password", options.target().password());
    }
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    properties.setProperty("ApplicationName", "builder-engine-schema-setup");
    // By class, as DatabasePools does: the driver is relocated inside the plugin jar.
    Connection connection = new org.postgresql.Driver().connect(options.target().jdbcUrl(), properties);
    if (connection == null) {
      throw new IllegalArgumentException(options.target().jdbcUrl() + " is not a PostgreSQL JDBC URL");
    }
    return connection;
  }
}
