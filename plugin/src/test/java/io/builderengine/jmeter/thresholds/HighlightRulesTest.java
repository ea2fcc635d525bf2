package io.builderengine.jmeter.thresholds;

import static io.builderengine.jmeter.thresholds.StatsFixtures.label;
import static io.builderengine.jmeter.thresholds.StatsFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.stats.Distribution;
import io.builderengine.jmeter.stats.LabelStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightRulesTest {

  @Test
  void aCleanRunHasNoHighlight() {
    assertThat(HighlightRules.of(run(label("TOTAL", 1000, 0, 100, 200, 300, 50)))).isEmpty();
  }

  @Test
  void errorRateAboveFivePercentIsCritical() {
    List<Highlight> highlights = HighlightRules.of(run(label("TOTAL", 100, 6, 100, 200, 300, 50)));
    assertThat(highlights).extracting(Highlight::level).containsExactly(Highlight.Level.CRITICAL);
    assertThat(highlights.get(0).finding()).contains("6.0%").contains("6 of 100");
  }

  @Test
  void errorRateAboveOnePercentIsAWarning() {
    assertThat(HighlightRules.of(run(label("TOTAL", 1000, 20, 100, 200, 300, 50))))
        .extracting(Highlight::level).containsExactly(Highlight.Level.WARNING);
  }

  @Test
  void slowTailsAreFlagged() {
    List<Highlight> highlights = HighlightRules.of(run(label("TOTAL", 1000, 0, 800, 1200, 6000, 50)));
    assertThat(highlights).extracting(Highlight::finding)
        .anyMatch(f -> f.contains("p99 response time is 6000 ms"))
        .anyMatch(f -> f.contains("p95 response time is 1200 ms"));
  }

  @Test
  void spreadWiderThanTheMeanIsAWarning() {
    Distribution wide = new Distribution(1000, 1, 100, 250, 5000, 20, 300, 400, 900, 4000);
    LabelStats overall = new LabelStats("TOTAL", 1000, 0, 0, 50, 0, 0, wide, wide, Distribution.EMPTY,
        Distribution.EMPTY, 0, 0, List.of(), null, null);
    assertThat(HighlightRules.of(run(overall))).extracting(Highlight::finding)
        .containsExactly("Response times vary widely: standard deviation 250 ms exceeds the mean 100 ms");
  }

  @Test
  void oneFailingLabelIsNamed() {
    List<Highlight> highlights = HighlightRules.of(run(label("TOTAL", 1000, 8, 100, 200, 300, 50),
        label("POST /api/v1/calls", 50, 8, 100, 200, 300, 5), label("GET /api/v1/health", 950, 0, 1, 2, 3, 45)));
    assertThat(highlights).extracting(Highlight::finding)
        .containsExactly("'POST /api/v1/calls' fails 16.0% of its samples, above 10%");
  }

  @Test
  void aFailingStepIsNamedAsAStep() {
    List<Highlight> highlights = HighlightRules.of(StatsFixtures.runWithSteps(label("TOTAL", 1000, 0, 100, 200, 300,
        50), List.of(label("Call", 1000, 0, 100, 200, 300, 50)), label("Call - end", 1000, 150, 10, 20, 30, 50),
        label("Call - initiate", 1000, 5, 10, 20, 30, 50)));

    assertThat(highlights).extracting(Highlight::finding)
        .containsExactly("Step 'Call - end' fails 15.0% of the times it ran, above 10%");
  }
}
