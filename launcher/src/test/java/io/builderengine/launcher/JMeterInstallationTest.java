package io.builderengine.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.jmeter.config.model.RunSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JMETER_HOME is checked, never changed: each problem says what to do. */
class JMeterInstallationTest {

  @TempDir
  Path folder;

  private final SuiteLayout suite = new SuiteLayout(Path.of("/suite"));

  @Test
  void aDistributionWithThePluginIsAccepted() throws Exception {
    Path home = jmeterHome("5.6.3");
    // The launcher's own plugin version (none when the plugin is on the class path as classes).
    jar(home.resolve("lib/ext/builder-engine-jmeter-plugin.jar"), RunSettings.class.getPackage().getImplementationVersion());

    JMeterInstallation found = JMeterInstallation.locate(Map.of("JMETER_HOME", home.toString()), suite);

    assertThat(found.launcherJar()).isEqualTo(home.resolve("bin/ApacheJMeter.jar"));
  }

  @Test
  void anotherJMeterVersionIsRefused() throws IOException {
    Path home = jmeterHome("5.5");

    assertThatThrownBy(() -> JMeterInstallation.locate(Map.of("JMETER_HOME", home.toString()), suite))
        .hasMessageStartingWith("JMETER_HOME=" + home + " is JMeter 5.5; the plans need 5.6.3")
        .hasMessageContaining("unset JMETER_HOME");
  }

  @Test
  void aHomeWithoutThePluginIsRefusedAndLeftAsItIs() throws IOException {
    Path home = jmeterHome("5.6.3");

    assertThatThrownBy(() -> JMeterInstallation.locate(Map.of("JMETER_HOME", home.toString()), suite))
        .hasMessageStartingWith("JMETER_HOME=" + home + " has no Builder Engine plugin in lib/ext");
    assertThat(home.resolve("lib/ext")).isEmptyDirectory();
  }

  @Test
  void notAJMeterAtAll() {
    assertThatThrownBy(() -> JMeterInstallation.locate(Map.of("JMETER_HOME", folder.toString()), suite))
        .hasMessageStartingWith("JMETER_HOME=" + folder + " has no bin/ApacheJMeter.jar");
  }

  @Test
  void withoutJMeterHomeTheBundledOneIsNeeded() {
    assertThatThrownBy(() -> JMeterInstallation.locate(Map.of(), suite))
        .hasMessageStartingWith("no JMeter home at launcher/target/jmeter: build it with `mvn -B -pl launcher -am package");
  }

  private Path jmeterHome(String version) throws IOException {
    Path home = folder.resolve("jmeter-" + version);
    Files.createDirectories(home.resolve("lib/ext"));
    jar(home.resolve("bin/ApacheJMeter.jar"), version);
    return home;
  }

  private static void jar(Path file, String version) throws IOException {
    Files.createDirectories(file.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (version != null) {
      manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
    }
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
  }
}
