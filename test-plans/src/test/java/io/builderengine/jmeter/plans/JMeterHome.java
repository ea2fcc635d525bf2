package io.builderengine.jmeter.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.jmeter.util.JMeterUtils;

/**
 * A throw-away JMETER_HOME for in-process tests: JMeter's bin/ configuration unpacked from the
 * ApacheJMeter_config artifact on the test class path, then JMeter's properties and locale
 * initialised from it, as the real launcher does.
 */
final class JMeterHome {

  private static Path home;

  private JMeterHome() {
  }

  /** Creates and initialises the home once per JVM; later calls return the same directory. */
  static synchronized Path initialise() {
    if (home == null) {
      try {
        home = Files.createTempDirectory("jmeter-home");
        unpackConfigArtifact(home);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not build a temporary JMETER_HOME", e);
      }
      JMeterUtils.setJMeterHome(home.toString());
      JMeterUtils.loadJMeterProperties(home.resolve("bin/jmeter.properties").toString());
      JMeterUtils.initLocale();
    }
    return home;
  }

  private static void unpackConfigArtifact(Path target) throws IOException {
    Path configJar = configArtifact();
    try (JarFile jar = new JarFile(configJar.toFile())) {
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

  private static Path configArtifact() {
    String classPath = System.getProperty("java.class.path");
    for (String element : classPath.split(java.io.File.pathSeparator)) {
      if (Path.of(element).getFileName().toString().startsWith("ApacheJMeter_config")) {
        return Path.of(element);
      }
    }
    throw new IllegalStateException("ApacheJMeter_config is not on the test class path; add it in test scope");
  }
}
