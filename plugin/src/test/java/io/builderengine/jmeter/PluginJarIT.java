package io.builderengine.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the built lib/ext jar and proves the packaging rules of DESIGN.md: nothing JMeter's lib/
 * already ships (slf4j, Jackson core), and every third-party class relocated under our package,
 * where it still links against JMeter's own Jackson.
 */
class PluginJarIT {

  private static final String OWN_PREFIX = "io/builderengine/jmeter/";
  private static final String SHADED_PREFIX = OWN_PREFIX + "shaded/";
  // Velocity is the one library shipped unrelocated: it loads its own classes by name from its
  // default properties, so relocated copies would fail at engine start-up.
  private static final String VELOCITY_PREFIX = "org/apache/velocity/";

  private static Path pluginJar;
  private static List<String> entries;

  @BeforeAll
  static void openJar() throws IOException {
    pluginJar = Paths.get(System.getProperty("plugin.jar", "target/plugin.jar"));
    assertThat(pluginJar).as("the shaded plugin jar built by `mvn package`").isRegularFile();
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      entries = jar.stream().map(ZipEntry::getName).collect(Collectors.toList());
    }
  }

  /** JMeter's ClassFinder scans lib/ext jars for elements and breaks on a jar with no manifest. */
  @Test
  void hasAManifestThatLetsJMeterScanForElements() throws IOException {
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      Manifest manifest = jar.getManifest();
      assertThat(manifest).as("META-INF/MANIFEST.MF").isNotNull();
      Attributes main = manifest.getMainAttributes();
      assertThat(main.getValue("Implementation-Version")).isNotBlank();
      assertThat(main.getValue("JMeter-Skip-Class-Scanning")).as("JMeter-Skip-Class-Scanning").isNull();
    }
  }

  @Test
  void holdsNoSlf4j() {
    assertThat(entries).noneMatch(name -> name.startsWith("org/slf4j/"));
  }

  @Test
  void holdsNoJacksonCoreDatabindOrAnnotations() {
    assertThat(entries)
        .noneMatch(name -> name.startsWith("com/fasterxml/jackson/core/"))
        .noneMatch(name -> name.startsWith("com/fasterxml/jackson/databind/"))
        .noneMatch(name -> name.startsWith("com/fasterxml/jackson/annotation/"));
  }

  @Test
  void everyClassLivesUnderThePluginPackage() {
    List<String> foreignClasses = entries.stream()
        .filter(name -> name.endsWith(".class"))
        .filter(name -> !name.startsWith(OWN_PREFIX))
        .filter(name -> !name.startsWith(VELOCITY_PREFIX))
        .collect(Collectors.toList());
    assertThat(foreignClasses).as("classes outside %s and %s", OWN_PREFIX, VELOCITY_PREFIX).isEmpty();
  }

  @Test
  void shipsVelocityUnrelocated() {
    assertThat(entries).contains(VELOCITY_PREFIX + "app/VelocityEngine.class");
  }

  @Test
  void shipsEachThirdPartyLibraryRelocated() {
    assertThat(entries).contains(
        SHADED_PREFIX + "snakeyaml/Yaml.class",
        SHADED_PREFIX + "jackson/dataformat/yaml/YAMLFactory.class",
        SHADED_PREFIX + "java_websocket/client/WebSocketClient.class",
        SHADED_PREFIX + "hikari/HikariDataSource.class",
        SHADED_PREFIX + "hdrhistogram/Histogram.class",
        SHADED_PREFIX + "org/postgresql/Driver.class");
  }

  @Test
  void serviceFilesNameTheRelocatedClasses() throws IOException {
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      ZipEntry services = jar.getEntry("META-INF/services/com.fasterxml.jackson.core.JsonFactory");
      assertThat(services).as("jackson-dataformat-yaml's JsonFactory service entry").isNotNull();
      String content = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(content.trim()).isEqualTo("io.builderengine.jmeter.shaded.jackson.dataformat.yaml.YAMLFactory");
    }
  }

  /** DriverManager finds pgjdbc by this service file: it must name the relocated driver. */
  @Test
  void driverServiceFileNamesTheRelocatedPostgresqlDriver() throws IOException {
    try (JarFile jar = new JarFile(pluginJar.toFile())) {
      ZipEntry services = jar.getEntry("META-INF/services/java.sql.Driver");
      assertThat(services).as("pgjdbc's java.sql.Driver service entry").isNotNull();
      String content = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(content.trim()).isEqualTo("io.builderengine.jmeter.shaded.org.postgresql.Driver");
    }
  }

  /** The relocated YAML module must run on JMeter's unrelocated Jackson, as it will in lib/ext. */
  @Test
  void relocatedYamlMapperParsesWithJMetersJackson() throws Exception {
    URL[] classPath = {
      pluginJar.toUri().toURL(), jarOf(JsonFactory.class), jarOf(ObjectMapper.class), jarOf(JsonProperty.class)
    };
    try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
      Class<?> yamlMapper = loader.loadClass(SHADED_PREFIX.replace('/', '.') + "jackson.dataformat.yaml.YAMLMapper");
      Object mapper = yamlMapper.getConstructor().newInstance();
      Object tree = yamlMapper.getMethod("readTree", String.class).invoke(mapper, "profile: smoke\nusers: 5\n");
      assertThat(tree).hasToString("{\"profile\":\"smoke\",\"users\":5}");
      assertThat(tree.getClass().getClassLoader()).isSameAs(loader);
    }
  }

  private static URL jarOf(Class<?> type) throws IOException, URISyntaxException {
    Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(Files.exists(location)).isTrue();
    return location.toUri().toURL();
  }

  /** The schema set-up command runs from the jar alone (no JMeter), with the relocated driver. */
  @Test
  void schemaSetupRunsFromTheJarAlone() throws Exception {
    String schema = "be_jar_" + Long.toHexString(System.nanoTime());
    String javaCommand = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(javaCommand, "-cp", pluginJar.toString(),
        "io.builderengine.jmeter.db.SchemaSetupCommand", "--url", "postgresql://postgres@127.0.0.1:5432/test",
        "--schema", schema, "--scale", "1").redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("Schema '" + schema + "'").contains("50 agents and 10000 calls");
    } finally {
      process.destroyForcibly();
      new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
          "DROP SCHEMA IF EXISTS " + schema + " CASCADE").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
    }
  }
}
