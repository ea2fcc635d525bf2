package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the config file loader and the run resolution behind it: whatever the
 * bytes, only a {@link ConfigException} with a one-line message naming the file may come out, never
 * another exception, a stack overflow or a hang. Seeds: the shipped config.yaml and variants in
 * src/test/resources/.../ConfigLoaderFuzzITInputs.
 *
 * <p>With JAZZER_FUZZ=1 (set for this module's failsafe run, with -Djazzer.max_duration) Jazzer
 * mutates for the bounded time; without it, the seeds and every finding kept in the inputs folder
 * run as a regression test.
 */
@Tag("faults")
class ConfigLoaderFuzzIT {

  private static final Path FILE = temporaryConfigFile();
  private static final Map<String, String> ENVIRONMENT = Map.of("BE_API_KEY", "fuzz-key", "SLACK_WEBHOOK_URL", "");

  @FuzzTest(maxDuration = "60s")
  void onlyDocumentedValidationErrorsComeOut(FuzzedDataProvider data) throws IOException {
    // Integers come from the end of the input, the YAML is the rest: a seed is a YAML file plus 8 bytes.
    int profileChoice = data.consumeInt();
    int users = data.consumeInt(-5, 100_000);
    Files.write(FILE, data.consumeRemainingAsBytes());
    SuiteConfig config;
    try {
      config = ConfigLoader.load(FILE, ENVIRONMENT);
    } catch (ConfigException expected) {
      assertOneLineNaming(expected, FILE.toString());
      return;
    }
    List<String> profiles = new ArrayList<>(config.profiles().keySet());
    String profile = profiles.isEmpty() || profileChoice < 0 ? "no_such_profile"
        : profiles.get(profileChoice % profiles.size());
    try {
      RunSettings run = RunSettings.resolve(config, Map.of("profile", profile, "users", String.valueOf(users)),
          ENVIRONMENT);
      assertThat(run.describe()).doesNotContain("fuzz-key");
    } catch (ConfigException expected) {
      assertOneLineNaming(expected, "");
    }
  }

  private static void assertOneLineNaming(ConfigException error, String name) {
    assertThat(error.getMessage()).as("a validation message").isNotBlank().contains(name)
        .doesNotContain("\n").doesNotContain("fuzz-key");
  }

  private static Path temporaryConfigFile() {
    try {
      Path file = Files.createTempFile("fuzz-config", ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, "", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
