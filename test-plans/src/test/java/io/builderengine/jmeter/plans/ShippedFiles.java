package io.builderengine.jmeter.plans;

import java.nio.file.Path;

/** Where the tests find the shipped plans and config: set by the pom, defaults for an IDE run from test-plans/. */
final class ShippedFiles {

  static final Path PLANS_DIR = Path.of(System.getProperty("plans.dir", "."));

  private ShippedFiles() {
  }

  static Path plan(String fileName) {
    return PLANS_DIR.resolve(fileName);
  }

  /** profiles/config.yaml as an absolute path, ready for -Jconfig. */
  static String configFile() {
    return Path.of(System.getProperty("config.file", "../profiles/config.yaml")).toAbsolutePath().toString();
  }
}
