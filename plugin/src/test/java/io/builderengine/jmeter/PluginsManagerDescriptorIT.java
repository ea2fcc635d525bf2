package io.builderengine.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Plugins Manager repository descriptor the build writes beside the jar: the fields the Plugins
 * Manager reads, this build's version, and classes and a download that exist.
 */
class PluginsManagerDescriptorIT {

  private static JsonNode entry;
  private static Path pluginJar;
  private static Set<String> jarEntries;

  @BeforeAll
  static void read() throws IOException {
    pluginJar = Paths.get(System.getProperty("plugin.jar", "target/plugin.jar"));
    Path descriptor = Paths.get(System.getProperty("plugins.manager.descriptor",
        "target/plugins-manager/builder-engine-plugins.json"));
    JsonNode repository = new ObjectMapper().readTree(descriptor.toFile());
    assertThat(repository.isArray()).as("a repository is a JSON array of plugins").isTrue();
    assertThat(repository).hasSize(1);
    entry = repository.get(0);
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      jarEntries = jar.stream().map(ZipEntry::getName).collect(Collectors.toSet());
    }
  }

  @Test
  void hasTheFieldsThePluginsManagerReads() {
    for (String field : List.of("id", "name", "description", "helpUrl", "screenshotUrl", "vendor", "markerClass")) {
      assertThat(entry.path(field).asText()).as(field).isNotBlank().doesNotContain("${");
    }
  }

  @Test
  void offersThisBuildsVersionAsAJarThatExists() throws IOException {
    String version = new JarFile(pluginJar.toFile()).getManifest().getMainAttributes()
        .getValue("Implementation-Version");
    List<String> versions = new ArrayList<>();
    entry.path("versions").fieldNames().forEachRemaining(versions::add);
    assertThat(versions).containsExactly(version);

    JsonNode release = entry.path("versions").path(version);
    URI download = URI.create(release.path("downloadUrl").asText());
    assertThat(download.getScheme()).isEqualTo("file");
    assertThat(Paths.get(download)).isEqualTo(pluginJar.toAbsolutePath());
    assertThat(release.path("libs").size()).as("libraries to install beside the jar: none, all are inside").isZero();
    assertThat(release.path("depends").size()).isZero();
  }

  @Test
  void namesClassesThatAreInTheJar() {
    List<String> classes = new ArrayList<>();
    classes.add(entry.path("markerClass").asText());
    entry.path("componentClasses").forEach(name -> classes.add(name.asText()));

    assertThat(classes).hasSizeGreaterThan(5);
    for (String name : classes) {
      assertThat(jarEntries).as("class of the descriptor in the jar").contains(name.replace('.', '/') + ".class");
    }
  }
}
