package io.builderengine.jmeter.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a plan as a user does: a separate {@code jmeter -n} process on the JMeter 5.6.3 home that
 * jmeter-maven-plugin's configure goal built (our plugin jar in its lib/ext), with its own
 * environment, a result file, a log and the HTML dashboard, all under one folder.
 */
final class HeadlessJMeter {

  private static final long TIMEOUT_SECONDS = 180;
  /** The id of jmeter-maven-plugin's configure execution in test-plans/pom.xml. */
  private static final String CONFIGURE_EXECUTION = "configuration";

  /** What one run left behind. */
  record Run(int exitStatus, Path folder, Path stdout, Path stderr, Path results, Path log, Path dashboard) {

    String stdoutText() {
      return read(stdout);
    }

    String stderrText() {
      return read(stderr);
    }

    private static String read(Path file) {
      try {
        return Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private HeadlessJMeter() {
  }

  static Run run(Path plan, Map<String, String> properties, Map<String, String> environment, Path folder)
      throws IOException, InterruptedException {
    return run(plan, properties, environment, folder, List.of());
  }

  /** @param extraArguments more of JMeter's command line, e.g. -R hosts and -G properties */
  static Run run(Path plan, Map<String, String> properties, Map<String, String> environment, Path folder,
      List<String> extraArguments) throws IOException, InterruptedException {
    Path home = jmeterHome();
    Files.createDirectories(folder);
    Run run = new Run(-1, folder, folder.resolve("stdout.txt"), folder.resolve("stderr.txt"),
        folder.resolve("results.jtl"), folder.resolve("jmeter.log"), folder.resolve("dashboard"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", home.resolve("bin/ApacheJMeter-5.6.3.jar").toString(),
        "-n", "-t", plan.toAbsolutePath().toString(),
        "-l", run.results().toString(), "-j", run.log().toString(),
        "-e", "-o", run.dashboard().toString()));
    properties.forEach((name, value) -> command.add("-J" + name + "=" + value));
    command.addAll(extraArguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(home.resolve("bin").toFile())
        .redirectOutput(run.stdout().toFile())
        .redirectError(run.stderr().toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("jmeter -n did not end within " + TIMEOUT_SECONDS + " s; see " + folder);
    }
    return new Run(process.exitValue(), run.folder(), run.stdout(), run.stderr(), run.results(), run.log(),
        run.dashboard());
  }

  /**
   * Starts a {@code jmeter-server} on a loopback port (RMI without SSL, as for a test on one
   * machine); the caller stops it. Its output goes to {@code folder}.
   */
  static Process startServer(int port, int localPort, Path folder) throws IOException {
    return startServer(jmeterHome(), port, localPort, folder);
  }

  static Process startServer(Path home, int port, int localPort, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.rmi.server.hostname=127.0.0.1",
        "-jar", home.resolve("bin/ApacheJMeter-5.6.3.jar").toString(), "-s",
        "-Jserver_port=" + port, "-Jserver.rmi.localport=" + localPort, "-Jserver.rmi.ssl.disable=true",
        "-j", folder.resolve("jmeter-server.log").toString());
    return new ProcessBuilder(command)
        .directory(home.resolve("bin").toFile())
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
  }

  /** The JMeter home that this pom's configure execution wrote into target/config.json. */
  static Path jmeterHome() throws IOException {
    Path configJson = Path.of(System.getProperty("jmeter.config.json", "target/config.json"));
    if (!Files.isRegularFile(configJson)) {
      throw new IllegalStateException(configJson + " is missing: run the ITs with `mvn verify`, after "
          + "jmeter-maven-plugin's configure goal has built the JMeter home");
    }
    JsonNode config = new ObjectMapper().readTree(configJson.toFile());
    for (JsonNode execution : config.path("configurations")) {
      Path home = Path.of(execution.path("jmeterDirectoryPath").asText());
      if (CONFIGURE_EXECUTION.equals(execution.path("executionID").asText())
          && Files.isRegularFile(home.resolve("bin/ApacheJMeter-5.6.3.jar"))) {
        return home;
      }
    }
    throw new IllegalStateException("No JMeter home of the execution '" + CONFIGURE_EXECUTION + "' in " + configJson);
  }
}
