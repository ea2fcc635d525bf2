package io.builderengine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API example, run as it is written: two scenarios on JMeter's real engine in this
 * JVM against the simulator on a loopback port, which accepts only the example's key.
 */
class ReadmeExampleTest {

  private static final String KEY = "sk_test_simulator";
  private static final Path THIS_SOURCE = Path.of("src/test/java/io/builderengine/loadtest/ReadmeExampleTest.java");

  private static Simulator simulator;

  @TempDir
  Path outputFolder;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of(KEY)));
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @Test
  void runsTheQuickAndApiScenariosAndPasses() throws IOException {
    String baseUrl = simulator.baseUrl();
    // README:begin
    LoadTestConfig config = LoadTestConfig.builder()
        .baseUrl(baseUrl)
        .apiKey("sk_test_simulator") // or leave it to BE_API_KEY / the config file
        .profile("smoke")
        .users(10)
        .rps(60) // the config's min_requests_per_second is 50
        .duration(Duration.ofSeconds(10))
        .rampUp(Duration.ZERO) // instead of the profile's 5 s
        .rampDown(Duration.ZERO)
        .outputDirectory(outputFolder)
        .build();

    LoadTestReport report = new LoadTestRunner(config).addTests("quick", "api").runAll();

    report.analyze().forEach(System.out::println);
    report.save(outputFolder.resolve("saved"), ReportType.MARKDOWN, ReportType.JUNIT_XML);
    assertTrue(report.overallPassed(), report::toString);
    // README:end

    assertThat(report.results()).extracting(ScenarioResult::scenario).containsExactly("quick", "api");
    // Each at 60/s for 10 s, without ramps (and the plan's set-up requests).
    assertThat(report.analyze()).allSatisfy(scenario -> {
      assertThat(scenario.samples()).as("%s samples", scenario.scenario()).isBetween(570L, 620L);
      assertThat(scenario.errorRate()).isZero();
    });
    assertThat(report.results()).allSatisfy(result -> {
      assertThat(result.folder()).isEqualTo(outputFolder.resolve(result.scenario()));
      assertThat(result.folder().resolve("summary.json")).isRegularFile();
      assertThat(result.summary().run().engines()).isEmpty();
    });
    assertThat(outputFolder.resolve("saved/quick/summary.md")).content().startsWith("## ✅ PASS");
    assertThat(outputFolder.resolve("saved/api/junit.xml")).content().contains("<testsuite").doesNotContain("<failure");
    assertThat(filesContaining(outputFolder, KEY)).as("files that show the API key").isEmpty();
  }

  @Test
  void readmeShowsTheExampleThisTestRuns() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("readme.file", "../README.md")));
    assertThat(readme).contains(example());
  }

  /** The lines between the markers above, without their common indentation. */
  private static String example() throws IOException {
    List<String> lines = Files.readAllLines(THIS_SOURCE);
    int begin = lines.indexOf("    // README:begin");
    int end = lines.indexOf("    // README:end");
    return lines.subList(begin + 1, end).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
  }

  private static List<Path> filesContaining(Path folder, String text) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(file -> {
        try {
          return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
