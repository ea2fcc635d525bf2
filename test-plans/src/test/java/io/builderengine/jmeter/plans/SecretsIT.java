package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API key reaches the target and nowhere else: not the log, the results, the reports or the console. */
class SecretsIT {


  @TempDir
  Path folder;

  @Test
  void apiKeyFromTheEnvironmentAppearsInNoFileTheRunWrites() throws Exception {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    String secret = "sk_live_" + HexFormat.of().formatHex(random);

    // The simulator accepts only this key: every successful sample proves the key was sent.
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of(secret)))) {
      HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"),
          Map.of("config", ShippedFiles.configFile(), "base_url", simulator.baseUrl(),
              "duration", "3", "output_dir", folder.resolve("summaries").toString()),
          Map.of("BE_API_KEY", secret), folder);

      assertThat(run.exitStatus()).as("exit status; stdout: %s; stderr: %s", run.stdoutText(), run.stderrText()).isZero();
      List<String> results = Files.readAllLines(run.results());
      assertThat(results).as("result lines").hasSizeGreaterThan(10);
      assertThat(results.subList(1, results.size())).as("every sample succeeded with the key")
          .allMatch(line -> line.contains(",true,"));
      assertThat(run.stdoutText()).as("the resolved run line shows the key masked")
          .contains("key=****" + secret.substring(secret.length() - 4));

      List<Path> written = everyFileUnder(folder);
      assertThat(written).as("files the run wrote")
          .contains(run.log(), run.results(), run.stdout(), run.stderr(), run.dashboard().resolve("index.html"))
          .anyMatch(file -> file.getFileName().toString().equals("summary.json"));
      for (Path file : written) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(content).as("%s must not contain the API key", folder.relativize(file)).doesNotContain(secret);
      }
    }
  }

  private static List<Path> everyFileUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toList());
    }
  }
}
