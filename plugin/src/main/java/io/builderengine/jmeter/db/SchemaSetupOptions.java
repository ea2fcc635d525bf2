package io.builderengine.jmeter.db;

import java.util.Map;

/**
 * The parsed command line of {@link SchemaSetupCommand}. Immutable.
 *
 * @param target the database, with the user and password taken out of the URL
 * @param schema the schema the tables go in
 * @param scale how many times 50 agents and 10,000 calls to seed; 0 seeds nothing
 * @param organizationId the organization of the seeded rows
 * @param help whether {@code --help} was asked for (nothing else is then checked)
 */
record SchemaSetupOptions(JdbcTarget target, String schema, int scale, String organizationId, boolean help) {

  static final String DEFAULT_SCHEMA = "builder_engine";
  static final String DEFAULT_ORGANIZATION = "org_loadtest";

  /** @throws IllegalArgumentException naming the option and what it expects */
  static SchemaSetupOptions parse(String[] args, Map<String, String> environment) {
    String url = environment.get("BE_DB_URL");
    String user = environment.get("BE_DB_USER");
    String schema = DEFAULT_SCHEMA;
    String scale = "1";
    String organization = firstGiven(environment.get("BE_ORG_ID"), DEFAULT_ORGANIZATION);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        return new SchemaSetupOptions(null, schema, 0, organization, true);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
            : "unknown argument '" + option + "'");
      }
      String value = args[++i];
      switch (option) {
        case "--url" -> url = value;
        case "--user" -> user = value;
        case "--schema" -> schema = value;
        case "--scale" -> scale = value;
        case "--org" -> organization = value;
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("no database URL: give --url or set BE_DB_URL");
    }
    JdbcTarget parsed = JdbcUrls.toJdbc(url.strip());
    JdbcTarget target = new JdbcTarget(parsed.jdbcUrl(), firstGiven(user, parsed.user()),
        firstGiven(environment.get("BE_DB_PASSWORD"), parsed.password()));
    return new SchemaSetupOptions(target, schema, scaleOf(scale), organization, false);
  }

  private static int scaleOf(String text) {
    try {
      int scale = Integer.parseInt(text.strip());
      if (scale >= 0) {
        return scale;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value
    }
    throw new IllegalArgumentException("--scale " + text + ": must be a whole number >= 0");
  }

  private static String firstGiven(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }
}
