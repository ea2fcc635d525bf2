package io.builderengine.jmeter.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jmeter.util.JMeterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the JMeter installation once per JVM, at the first test start: a conflicting copy of a
 * library the plugin relies on is a warning in jmeter.log and on the console, naming the jars. A
 * warning, not a failure: the run may still work, and the user decides. Thread-safe.
 */
public final class StartupChecks {

  private static final Logger log = LoggerFactory.getLogger(StartupChecks.class);
  private static final AtomicBoolean checked = new AtomicBoolean();

  private StartupChecks() {
  }

  public static void runOnce() {
    if (!checked.compareAndSet(false, true)) {
      return;
    }
    String home = JMeterUtils.getJMeterHome();
    if (home == null || home.isBlank()) {
      return; // embedded without a home: there is no lib/ to check
    }
    try {
      List<LibraryConflicts.Conflict> conflicts = LibraryConflicts.find(Path.of(home));
      for (LibraryConflicts.Conflict conflict : conflicts) {
        log.warn(conflict.describe());
        System.err.println(conflict.describe()); // NOSONAR seen by a headless user before the run
      }
    } catch (IOException | RuntimeException e) {
      log.info("Builder Engine: could not list {}/lib to check for conflicting jars: {}", home, e.toString());
    }
  }
}
