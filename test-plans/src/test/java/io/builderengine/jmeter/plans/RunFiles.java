package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Files the plan tests write and read: edits of the shipped config, and the summary a run wrote. */
final class RunFiles {

  private RunFiles() {
  }

  /** The shipped config with a p95 ceiling no real request meets, written into {@code folder}. */
  static Path configWithImpossibleP95(Path folder) throws IOException {
    return editedConfig(folder, Map.of("max_p95_response_time_ms: 1000", "max_p95_response_time_ms: 0.001"));
  }

  /**
   * The shipped config with Slack notifications on, to {@code webhookUrl} as written into the YAML
   * (a URL, or {@code ${SLACK_WEBHOOK_URL}} as a user writes it), and {@code edits} as
   * {@link #editedConfig} makes them.
   */
  static Path configWithSlack(Path folder, String webhookUrl, Map<String, String> edits) throws IOException {
    Map<String, String> replacements = new LinkedHashMap<>(edits);
    replacements.put("    enabled: false\n    webhook_url: \"${SLACK_WEBHOOK_URL:-}\"",
        "    enabled: true\n    webhook_url: \"" + webhookUrl + "\"");
    return editedConfig(folder, replacements);
  }

  /**
   * The shipped config with each key of {@code replacements} (text that must occur exactly once, so an
   * edit cannot silently miss) replaced by its value, written into {@code folder} as config.yaml.
   */
  static Path editedConfig(Path folder, Map<String, String> replacements) throws IOException {
    String config = Files.readString(Path.of(ShippedFiles.configFile()));
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      assertThat(config.split(Pattern.quote(replacement.getKey()), -1)).as("occurrences of %s", replacement.getKey())
          .hasSize(2);
      config = config.replace(replacement.getKey(), replacement.getValue());
    }
    return Files.writeString(folder.resolve("config.yaml"), config);
  }

  /**
   * {@code properties} and, beside them, the two limits at which the load generator's self-check never
   * finds it saturated (CPU share 1, the whole machine; schedule lag 60000 ms): for tests that assert a
   * FAIL, which a busy machine must not turn into an INCONCLUSIVE.
   */
  static Map<String, String> withoutGeneratorCheck(Map<String, String> properties) {
    Map<String, String> all = new HashMap<>(properties);
    all.put("be.generator_max_cpu", "1");
    all.put("be.generator_max_schedule_lag_ms", "60000");
    return all;
  }

  /** The one summary.json under {@code root} (the listener puts it in a folder named by the time). */
  static Path summaryFile(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().equals("summary.json")).collect(Collectors.toList());
      assertThat(found).as("summary.json files under %s", root).hasSize(1);
      return found.get(0);
    }
  }

  static JsonNode summary(Path root) throws IOException {
    return new ObjectMapper().readTree(summaryFile(root).toFile());
  }
}
