package io.builderengine.jmeter.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("faults")
class GeneratorSelfCheckTest {

  private static GeneratorCheck check(double cpuShare, double scheduleLagP99Ms) {
    return GeneratorSelfCheck.check(cpuShare, 2, 120, 7, 50_000_000, 60_000_000, scheduleLagP99Ms, 0.8, 10);
  }

  private static RunVerdict verdict(Outcome outcome) {
    return new RunVerdict(outcome, List.of(), null);
  }

  @Test
  void theGeneratorIsSaturatedAboveEitherLimit() {
    assertThat(check(0.5, 3).saturated()).isFalse();
    assertThat(check(0.81, 3).saturation()).singleElement().asString()
        .isEqualTo("the generator's process used 81% of the machine's 2 cores, above 80%");
    assertThat(check(0.5, 12.5).saturation()).singleElement().asString()
        .startsWith("scheduled samples started up to 12.50 ms after their slot (p99), above 10 ms");
    assertThat(check(0.9, 40).saturation()).hasSize(2);
    assertThat(check(Double.NaN, Double.NaN).saturated()).as("nothing measured, nothing flagged").isFalse();
  }

  @Test
  void aSaturatedGeneratorTurnsAFailIntoInconclusiveOnly() {
    GeneratorCheck saturated = check(0.95, 3);

    assertThat(GeneratorSelfCheck.apply(verdict(Outcome.FAIL), saturated).outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(GeneratorSelfCheck.apply(verdict(Outcome.PASS), saturated).outcome()).isEqualTo(Outcome.PASS);
    assertThat(GeneratorSelfCheck.apply(verdict(Outcome.NO_DATA), saturated).outcome()).isEqualTo(Outcome.NO_DATA);
    assertThat(GeneratorSelfCheck.apply(verdict(Outcome.FAIL), check(0.2, 1)).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(GeneratorSelfCheck.apply(verdict(Outcome.PASS), saturated).generator()).isSameAs(saturated);
  }
}
