package io.builderengine.launcher.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedSummaryTest {

  private static final Path RUN = Path.of("/results/20261126-023012");

  @Test
  void theOverallVerdictIsTheWorstScenarios() {
    assertThat(report(result("api", Outcome.PASS), result("calls", Outcome.PASS)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(report(result("api", Outcome.PASS), result("calls", Outcome.NO_DATA), result("ws", Outcome.FAIL))
        .outcome()).isEqualTo(Outcome.NO_DATA);
    assertThat(report(result("api", Outcome.ERROR), result("calls", Outcome.FAIL)).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(report(result("api", Outcome.PASS), result("calls", Outcome.INCONCLUSIVE)).outcome())
        .as("a saturated generator's would-be failure").isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(report(result("api", Outcome.FAIL), result("calls", Outcome.INCONCLUSIVE)).outcome())
        .as("a real failure beside it still fails").isEqualTo(Outcome.FAIL);
    assertThat(Outcome.ofVerdict("INCONCLUSIVE")).isEqualTo(Outcome.INCONCLUSIVE);
  }

  @Test
  void eachScenarioHasItsRowItsFiguresAndALinkToItsReports() {
    LaunchReport report = report(result("api", Outcome.PASS), failed("calls"));

    String markdown = CombinedSummary.markdown(RUN, report);
    JsonNode json = CombinedSummary.json(RUN, report);

    assertThat(markdown).startsWith("## ❌ FAIL — 1 of 2 scenarios passed")
        .contains("| api | ✅ PASS | 5/5 | 1,234 | 2 | 0.16% | 10.5 | 3.2 | 6 | 10 | [summary](api/summary.md)")
        .contains("- calls: max_p95_response_time_ms FAIL (Call - initiate: p95 1200 > 1000)");
    assertThat(json.get("outcome").asText()).isEqualTo("FAIL");
    assertThat(json.get("totalSamples").asLong()).isEqualTo(2468);
    assertThat(json.at("/scenarios/1/name").asText()).isEqualTo("calls");
    assertThat(json.at("/scenarios/1/folder").asText()).isEqualTo("calls");
    assertThat(json.at("/scenarios/1/failedThresholds/0").asText()).startsWith("max_p95_response_time_ms FAIL");
    assertThat(json.at("/scenarios/0/p95Ms").asDouble()).isEqualTo(6);
  }

  private static LaunchReport report(ScenarioResult... results) {
    return new LaunchReport("all", true, false, "http://127.0.0.1:8000", true, "smoke", Instant.EPOCH, Instant.EPOCH,
        List.of(results));
  }

  private static ScenarioResult result(String name, Outcome outcome) {
    return new ScenarioResult(name, RUN.resolve(name), outcome, 0, 5, 5, List.of(), List.of(),
        new Figures(1234, 2, 0.00162, 10.5, 3.2, 6, 10), "");
  }

  private static ScenarioResult failed(String name) {
    return new ScenarioResult(name, RUN.resolve(name), Outcome.FAIL, 1, 4, 5,
        List.of(new FailedThreshold("max_p95_response_time_ms", "FAIL", "Call - initiate", "p95 1200 > 1000")),
        List.of(), new Figures(1234, 0, 0, 1, 900, 1200, 1500), "");
  }
}
