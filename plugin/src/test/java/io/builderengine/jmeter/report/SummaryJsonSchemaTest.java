package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.jmeter.thresholds.Metric;
import io.builderengine.jmeter.thresholds.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * report-templates/summary.schema.json documents summary.json: every object the writer produces has
 * exactly the properties the schema describes, so the two cannot drift apart.
 */
class SummaryJsonSchemaTest {

  private static final Path SCHEMA = Path.of("../report-templates/summary.schema.json");
  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws Exception {
    schema = new ObjectMapper().readTree(SCHEMA.toFile());
  }

  @Test
  void everyObjectOfAFullSummaryMatchesTheSchemasProperties() throws Exception {
    for (RunSummary summary : List.of(HtmlRunSummaries.withTimeSeries(), RunSummaries.withStepsAndStreams(),
        RunSummaries.withDatabasePools(), RunSummaries.abortedRun(),
        RunSummaries.summary(RunSummaries.failingRun().verdict(), RunSummaries.noConfigElement()),
        RunSummaries.summary(RunSummaries.failingRun().verdict(), RunSummaries.distributed()))) {
      JsonNode json = new ObjectMapper().readTree(new SummaryJsonWriter().toJson(summary));
      List<String> mismatches = new ArrayList<>();
      check(json, schema, "$", mismatches);
      assertThat(mismatches).as("summary.json vs %s", SCHEMA).isEmpty();
    }
  }

  @Test
  void theFixturesReachEveryPartOfTheSchema() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new SummaryJsonWriter().toJson(HtmlRunSummaries.withTimeSeries()));
    assertThat(json.at("/statistics/timeSeries")).as("time series").isNotEmpty();
    assertThat(json.at("/statistics/labels/0/topErrors").size() + json.at("/statistics/labels/1/topErrors").size())
        .as("top errors").isPositive();
    assertThat(json.at("/highlights")).as("highlights").isNotEmpty();
    assertThat(json.at("/verdict/verdicts")).as("verdicts").isNotEmpty();
    JsonNode withSteps = new ObjectMapper().readTree(new SummaryJsonWriter().toJson(RunSummaries.withStepsAndStreams()));
    assertThat(withSteps.at("/statistics/steps")).as("steps").hasSize(3);
    assertThat(withSteps.at("/statistics/steps/2/stream/sendLagP99/p99Ms").asDouble()).as("a step's streams")
        .isEqualTo(38.0);
    assertThat(withSteps.at("/statistics/steps/0/stream").isNull()).as("a step without streams").isTrue();
    assertThat(withSteps.at("/statistics/labels/2/stream/streams").asLong()).as("a label's streams").isEqualTo(600);
    assertThat(withSteps.at("/verdict/verdicts/4/outcome").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(withSteps.at("/statistics/pools")).as("a run without database samples").isEmpty();
    JsonNode withPools = new ObjectMapper().readTree(new SummaryJsonWriter().toJson(RunSummaries.withDatabasePools()));
    assertThat(withPools.at("/statistics/pools/1/connectionWait/p99Ms").asDouble()).as("a pool").isEqualTo(250.0);
    assertThat(withPools.at("/statistics/pools/1/poolExhausted").asLong()).isEqualTo(42);
    assertThat(withPools.at("/statistics/labels/3/pool/pool").asText()).as("a label's pool")
        .isEqualTo("builder_engine");
    assertThat(withPools.at("/statistics/labels/0/pool").isNull()).as("a label without database samples").isTrue();
  }

  @Test
  void theSchemaListsEveryThresholdKeyAndOutcome() {
    assertThat(schema.at("/$defs/verdict/properties/metric/enum")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(Stream.of(Metric.values()).map(Metric::key).toList());
    assertThat(schema.at("/$defs/outcome/enum")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(Stream.of(Outcome.values()).map(Outcome::name).toList());
  }

  private static void check(JsonNode json, JsonNode rule, String path, List<String> mismatches) {
    JsonNode resolved = resolve(rule);
    if (json.isObject() && resolved.has("properties")) {
      JsonNode properties = resolved.get("properties");
      json.fieldNames().forEachRemaining(name -> {
        if (!properties.has(name)) {
          mismatches.add(path + "." + name + " is not described in the schema");
        }
      });
      properties.fieldNames().forEachRemaining(name -> {
        if (!json.has(name)) {
          mismatches.add(path + "." + name + " is described but summary.json has no such field");
        } else {
          check(json.get(name), properties.get(name), path + "." + name, mismatches);
        }
      });
      resolved.path("required").forEach(name -> {
        if (json.path(name.asText()).isNull()) {
          mismatches.add(path + "." + name.asText() + " is required but null");
        }
      });
    } else if (json.isArray() && resolved.has("items")) {
      for (int i = 0; i < json.size(); i++) {
        check(json.get(i), resolved.get("items"), path + "[" + i + "]", mismatches);
      }
    } else if (resolved.has("enum") && !json.isNull()) {
      boolean listed = false;
      for (JsonNode value : resolved.get("enum")) {
        listed |= value.asText().equals(json.asText());
      }
      if (!listed) {
        mismatches.add(path + " = " + json + " is not one of " + resolved.get("enum"));
      }
    }
  }

  private static JsonNode resolve(JsonNode rule) {
    String ref = rule.path("$ref").asText("");
    return ref.startsWith("#/") ? schema.at(ref.substring(1)) : rule;
  }
}
