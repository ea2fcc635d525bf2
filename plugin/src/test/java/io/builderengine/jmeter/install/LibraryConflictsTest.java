package io.builderengine.jmeter.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JMeter home's lib/ and lib/ext/ laid out on disk, with and without conflicting copies. */
class LibraryConflictsTest {

  @TempDir
  Path home;

  @Test
  void aCleanHomeHasNoConflict() throws IOException {
    jars("lib", "jackson-databind-2.16.1.jar", "jackson-core-2.16.1.jar", "slf4j-api-1.7.36.jar",
        "ApacheJMeter_core-5.6.3.jar");
    jars("lib/ext", "builder-engine-jmeter-plugin-0.1.0-SNAPSHOT.jar", "ApacheJMeter_http-5.6.3.jar",
        "jmeter-plugins-manager-1.10.jar");

    assertThat(LibraryConflicts.find(home)).isEmpty();
  }

  @Test
  void aSecondJacksonInLibExtIsNamedWithBothJars() throws IOException {
    jars("lib", "jackson-databind-2.16.1.jar", "jackson-core-2.16.1.jar");
    jars("lib/ext", "jackson-databind-2.13.0.jar", "builder-engine-jmeter-plugin-0.1.0.jar");

    List<LibraryConflicts.Conflict> conflicts = LibraryConflicts.find(home);

    assertThat(conflicts).containsExactly(new LibraryConflicts.Conflict("jackson-databind",
        List.of("lib/ext/jackson-databind-2.13.0.jar", "lib/jackson-databind-2.16.1.jar")));
    assertThat(conflicts.get(0).describe()).isEqualTo("Builder Engine: 2 copies of jackson-databind in JMeter's lib:"
        + " lib/ext/jackson-databind-2.13.0.jar, lib/jackson-databind-2.16.1.jar. JMeter loads lib/ and lib/ext/ in"
        + " one class loader, so one copy hides the other and code built for it can fail with NoSuchMethodError;"
        + " keep only the one in lib/ (JMeter's own) and remove the others.");
  }

  @Test
  void twoPluginJarsAreAConflictTellingToKeepTheNewest() throws IOException {
    jars("lib/ext", "builder-engine-jmeter-plugin-0.1.0.jar", "builder-engine-jmeter-plugin-0.2.0-SNAPSHOT.jar");

    List<LibraryConflicts.Conflict> conflicts = LibraryConflicts.find(home);

    assertThat(conflicts).singleElement().satisfies(conflict -> {
      assertThat(conflict.artifact()).isEqualTo("builder-engine-jmeter-plugin");
      assertThat(conflict.describe()).contains("keep only the newest plugin jar in lib/ext/");
    });
  }

  @Test
  void librariesThePluginDoesNotRelyOnAreNotItsBusiness() throws IOException {
    jars("lib", "commons-text-1.11.0.jar");
    jars("lib/ext", "commons-text-1.9.jar");

    assertThat(LibraryConflicts.find(home)).isEmpty();
  }

  @Test
  void aHomeWithoutLibFoldersHasNoConflict() throws IOException {
    assertThat(LibraryConflicts.find(home.resolve("missing"))).isEmpty();
  }

  @Test
  void artifactNamesStopAtTheVersion() {
    assertThat(LibraryConflicts.artifactOf("jackson-databind-2.16.1.jar")).contains("jackson-databind");
    assertThat(LibraryConflicts.artifactOf("builder-engine-jmeter-plugin-0.1.0-SNAPSHOT.jar"))
        .contains("builder-engine-jmeter-plugin");
    assertThat(LibraryConflicts.artifactOf("httpclient-4.5.14.jar")).contains("httpclient");
    assertThat(LibraryConflicts.artifactOf("ApacheJMeter.jar")).isEmpty();
  }

  private void jars(String folder, String... names) throws IOException {
    Path directory = Files.createDirectories(home.resolve(folder));
    for (String name : names) {
      Files.write(directory.resolve(name), new byte[] {'P', 'K'});
    }
  }
}
