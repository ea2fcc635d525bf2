package io.builderengine.jmeter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The CI examples in ci/ parse as YAML and still hold what a team copies them for: Java 17 and Maven,
 * the build, the launcher writing into one results folder, the secrets from the CI's store, the
 * summary on the run's page, junit.xml as the test report and the results kept even when the run
 * fails. Here rather than in their own module because the plugin already has a YAML parser.
 */
class CiExamplesTest {

  /** The repository's ci/ folder, seen from the plugin module, where Maven runs the tests. */
  private static final Path CI = Path.of("../ci");
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void gitHubActionsRunsTheLauncherAndKeepsItsResultsWhateverTheVerdict() throws IOException {
    JsonNode workflow = YAML.readTree(CI.resolve("github-actions.yml").toFile());

    assertThat(workflow.path("on").has("workflow_dispatch")).as("on: workflow_dispatch").isTrue();
    JsonNode job = single(workflow.path("jobs"));
    String results = job.at("/env/RESULTS").asText();
    assertThat(results).as("jobs.*.env.RESULTS").isNotBlank();
    List<JsonNode> steps = list(job.path("steps"));

    JsonNode java = stepUsing(steps, "actions/setup-java@");
    assertThat(java.at("/with/java-version").asText()).isEqualTo("17");
    JsonNode build = stepRunning(steps, "mvn ");
    JsonNode launcher = stepRunning(steps, "ci/be-loadtest ");
    assertThat(steps.indexOf(build)).as("the build before the launcher").isLessThan(steps.indexOf(launcher))
        .isGreaterThan(steps.indexOf(java));
    assertLauncherCall(launcher.path("run").asText());
    assertThat(launcher.at("/env/BE_API_KEY").asText()).isEqualTo("${{ secrets.BE_API_KEY }}");
    assertThat(launcher.at("/env/SLACK_WEBHOOK_URL").asText()).isEqualTo("${{ secrets.SLACK_WEBHOOK_URL }}");

    JsonNode stepSummary = stepRunning(steps, "$GITHUB_STEP_SUMMARY");
    assertThat(stepSummary.path("run").asText()).contains("cat \"$RESULTS/summary.md\" >> \"$GITHUB_STEP_SUMMARY\"");
    JsonNode junit = stepUsing(steps, "mikepenz/action-junit-report@");
    assertThat(junit.at("/with/report_paths").asText()).isEqualTo(results + "/**/junit.xml");
    JsonNode upload = stepUsing(steps, "actions/upload-artifact@");
    assertThat(upload.at("/with/path").asText()).isEqualTo(results + "/");
    for (JsonNode after : List.of(stepSummary, junit, upload)) {
      assertThat(after.path("if").asText()).as("'if' of %s", after.path("name").asText()).isEqualTo("always()");
      assertThat(steps.indexOf(after)).as("%s after the launcher", after.path("name").asText())
          .isGreaterThan(steps.indexOf(launcher));
    }
  }

  @Test
  void gitLabCiRunsTheLauncherAndReportsItsJUnitResultsWhateverTheVerdict() throws IOException {
    JsonNode pipeline = YAML.readTree(CI.resolve("gitlab-ci.yml").toFile());

    JsonNode job = pipeline.path("load-test");
    assertThat(list(pipeline.path("stages"))).extracting(JsonNode::asText).contains(job.path("stage").asText());
    assertThat(job.path("image").asText()).as("an image with Maven and Java 17").startsWith("maven:")
        .contains("temurin-17");
    String results = job.at("/variables/RESULTS").asText();
    assertThat(results).as("load-test.variables.RESULTS").isNotBlank();
    assertThat(job.path("variables").has("BE_API_KEY") || job.path("variables").has("SLACK_WEBHOOK_URL"))
        .as("secrets come from the CI/CD settings, never from the file").isFalse();
    List<String> script = list(job.path("script")).stream().map(JsonNode::asText).toList();
    assertThat(script.get(0)).startsWith("mvn ");
    assertThat(script).as("script").anyMatch(line -> line.contains("ci/be-loadtest "));
    assertLauncherCall(String.join("\n", script));
    assertThat(job.at("/after_script/0").asText()).contains("cat \"$RESULTS/summary.md\"");

    JsonNode artifacts = job.path("artifacts");
    assertThat(artifacts.path("when").asText()).isEqualTo("always");
    assertThat(list(artifacts.path("paths"))).extracting(JsonNode::asText).containsExactly(results + "/");
    assertThat(artifacts.at("/reports/junit").asText()).isEqualTo(results + "/**/junit.xml");
  }

  /** Both call the launcher the same way: results into $RESULTS, the key from the environment only. */
  private static void assertLauncherCall(String script) {
    assertThat(script)
        .contains("--output \"$RESULTS\"", "--test ", "--profile ", "--base-url ", "ci/be-loadtest \"$@\"")
        .doesNotContain("--api-key").doesNotContain(" -k ");
  }

  private static JsonNode single(JsonNode mapping) {
    List<JsonNode> values = new ArrayList<>();
    mapping.elements().forEachRemaining(values::add);
    assertThat(values).as("entries of %s", mapping).hasSize(1);
    return values.get(0);
  }

  private static List<JsonNode> list(JsonNode sequence) {
    assertThat(sequence.isArray()).as("a list: %s", sequence).isTrue();
    return StreamSupport.stream(sequence.spliterator(), false).toList();
  }

  private static JsonNode stepUsing(List<JsonNode> steps, String actionPrefix) {
    return steps.stream().filter(step -> step.path("uses").asText().startsWith(actionPrefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + actionPrefix + "..."));
  }

  private static JsonNode stepRunning(List<JsonNode> steps, String command) {
    return steps.stream().filter(step -> step.path("run").asText().contains(command)).findFirst()
        .orElseThrow(() -> new AssertionError("no step runs " + command));
  }
}
