package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets reach their target and nowhere else: not jmeter.log, the results, the reports, the
 * dashboard or the console (stdout and stderr). The API key here and the database password below;
 * the Slack webhook's path in {@link SlackNotificationIT}.
 */
@Tag("faults")
class SecretsIT {

  private static final String SCHEMA = "be_jmeter_secrets_test";

  @TempDir
  Path folder;

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  private static String randomSecret(String prefix) {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return prefix + HexFormat.of().formatHex(random);
  }

  @Test
  void apiKeyFromTheEnvironmentAppearsInNoFileTheRunWrites() throws Exception {
    String secret = randomSecret("sk_live_");

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

      assertNowhereIn(run, secret);
    }
  }

  /**
   * PostgreSQL here trusts local logins, so any password connects: both the password of the URL in
   * BE_DB_URL and BE_DB_PASSWORD reach the driver, and neither may show anywhere else.
   */
  @Test
  void databasePasswordsFromTheUrlAndTheEnvironmentAppearInNoFileTheRunWrites() throws Exception {
    String urlPassword = randomSecret("pw_url_");
    String environmentPassword = randomSecret("pw_env_");

    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      HeadlessJMeter.Run run = HeadlessJMeter.run(ShippedFiles.plan("database.jmx"),
          Map.of("config", ShippedFiles.configFile(), "base_url", simulator.baseUrl(), "users", "2", "rps", "20",
              "duration", "3", "ramp_up", "0", "ramp_down", "0", "db_schema", SCHEMA, "db_scale", "1",
              "output_dir", folder.resolve("summaries").toString()),
          Map.of("BE_DB_URL", "postgresql://postgres:" + urlPassword + "@127.0.0.1:5432/test",
              "BE_DB_PASSWORD", environmentPassword), folder);

      List<String> results = Files.readAllLines(run.results());
      assertThat(results.subList(1, results.size())).as("database samples; stdout: %s", run.stdoutText())
          .hasSizeGreaterThan(10).allMatch(line -> line.contains(",true,"));
      assertNowhereIn(run, urlPassword);
      assertNowhereIn(run, environmentPassword);
    }
  }

  private void assertNowhereIn(HeadlessJMeter.Run run, String secret) throws IOException {
    List<Path> written = everyFileUnder(folder);
    assertThat(written).as("files the run wrote")
        .contains(run.log(), run.results(), run.stdout(), run.stderr(), run.dashboard().resolve("index.html"))
        .anyMatch(file -> file.getFileName().toString().equals("summary.json"))
        .anyMatch(file -> file.getFileName().toString().equals("summary.md"));
    for (Path file : written) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(content).as("%s must not contain the secret", folder.relativize(file)).doesNotContain(secret);
    }
  }

  private static List<Path> everyFileUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toList());
    }
  }
}
