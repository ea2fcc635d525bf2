package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Files the listener tests write and read: a config set to fail, and the summary a run wrote. */
final class RunFiles {

  private RunFiles() {
  }

  /** The shipped config with a p95 ceiling no real request meets, written into {@code folder}. */
  static Path configWithImpossibleP95(Path folder) throws IOException {
    String config = Files.readString(Path.of(ShippedFiles.configFile()))
        .replace("max_p95_response_time_ms: 1000", "max_p95_response_time_ms: 0.001");
    assertThat(config).contains("max_p95_response_time_ms: 0.001");
    return Files.writeString(folder.resolve("config.yaml"), config);
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
