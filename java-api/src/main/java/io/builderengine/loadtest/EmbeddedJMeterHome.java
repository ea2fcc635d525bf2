package io.builderengine.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.jmeter.util.JMeterUtils;

/**
 * The JMETER_HOME of in-process runs: the caller's installation, or JMeter's bin/ configuration
 * unpacked from the ApacheJMeter_config jar on the class path into a throw-away folder. JMeter's
 * properties and locale are initialised from it once per JVM, as JMeter's own launcher does.
 */
public final class EmbeddedJMeterHome {

  private static final String PROPERTIES_ENTRY = "bin/jmeter.properties";
  private static Path home;

  private EmbeddedJMeterHome() {
  }

  /** Initialises JMeter from a throw-away home, once; later calls return the home in use. */
  public static Path initialise() {
    return initialise(null);
  }

  /**
   * @param installation a JMeter home to use, or null for a throw-away one
   * @return the home in use (the first call's: JMeter's properties are global to the JVM)
   */
  static synchronized Path initialise(Path installation) {
    if (home == null) {
      Path chosen = installation != null ? installation : unpackConfigJar();
      if (!Files.isRegularFile(chosen.resolve(PROPERTIES_ENTRY))) {
        throw new IllegalArgumentException("JMeter home " + chosen + " has no " + PROPERTIES_ENTRY
            + ": give the folder of a JMeter 5.6.3 installation");
      }
      JMeterUtils.setJMeterHome(chosen.toString());
      JMeterUtils.loadJMeterProperties(chosen.resolve(PROPERTIES_ENTRY).toString());
      JMeterUtils.initLocale();
      home = chosen;
    }
    return home;
  }

  private static Path unpackConfigJar() {
    URL properties = JMeterUtils.class.getClassLoader().getResource(PROPERTIES_ENTRY);
    if (properties == null) {
      throw new IllegalStateException("JMeter's " + PROPERTIES_ENTRY + " is not on the class path: add"
          + " org.apache.jmeter:ApacheJMeter_config, or give a JMeter home");
    }
    try {
      Path target = Files.createTempDirectory("jmeter-home");
      JarURLConnection connection = (JarURLConnection) properties.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        unpackBin(jar, target);
      }
      return target;
    } catch (IOException | ClassCastException e) {
      throw new IllegalStateException("Could not unpack JMeter's bin/ configuration from " + properties, e);
    }
  }

  private static void unpackBin(JarFile jar, Path target) throws IOException {
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry entry = entries.nextElement();
      if (entry.isDirectory() || !entry.getName().startsWith("bin/")) {
        continue;
      }
      Path file = target.resolve(entry.getName()).normalize();
      if (!file.startsWith(target)) {
        throw new IOException("Entry escapes the JMETER_HOME: " + entry.getName());
      }
      Files.createDirectories(file.getParent());
      try (InputStream in = jar.getInputStream(entry)) {
        Files.copy(in, file);
      }
    }
  }
}
