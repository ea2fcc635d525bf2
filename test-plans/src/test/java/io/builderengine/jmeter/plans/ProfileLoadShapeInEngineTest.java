package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.Test;

/**
 * api.jmx runs the smoke profile (5 users, 10 requests/s, ramp-up 5 s, ramp-down 5 s) with the
 * duration overridden to 15 s, on JMeter's real engine against the simulator; the samples show the
 * profile's thread count and rate, ramps included, within 10%.
 */
class ProfileLoadShapeInEngineTest {


  @Test
  void smokeProfileShapesThreadsAndRate() {
    List<SampleResult> samples;
    try (Simulator simulator = Simulator.start(SimulatorConfig.defaults().withPort(0))) {
      samples = EmbeddedJMeter.run(ShippedFiles.plan("api.jmx"), Map.of(
          "config", ShippedFiles.configFile(), "profile", "smoke", "duration", "15",
          "base_url", simulator.baseUrl())).stream()
          .filter(s -> !s.getSampleLabel().startsWith("setup:"))
          .collect(Collectors.toList());
    }
    assertThat(samples).allSatisfy(s -> assertThat(s.isSuccessful())
        .as("%s -> %s %s", s.getSampleLabel(), s.getResponseCode(), s.getResponseMessage()).isTrue());

    // The rate schedule starts with the first request, which is due sqrt(ramp-up / rps) = 0.707 s
    // into it (when the ramp has accumulated half a request).
    long origin = samples.stream().mapToLong(SampleResult::getStartTime).min().orElseThrow() - 707;
    // 0 -> 10/s over 5 s, 10/s for 5 s, 10/s -> 0 over 5 s: 25, 50 and 25 requests.
    assertThat(countBetween(samples, origin, 0, 5)).as("ramp-up, expected 25 +-10%").isBetween(23L, 27L);
    assertThat(countBetween(samples, origin, 5, 10)).as("hold, expected 50 +-10%").isBetween(45L, 55L);
    assertThat(countBetween(samples, origin, 10, 15)).as("ramp-down, expected 25 +-10%").isBetween(23L, 27L);
    assertThat(samples.size()).as("whole run, expected 100 +-10%").isBetween(90, 110);

    // Threads: the group starts 5 users one second apart and caps concurrency at 5.
    assertThat(samples.stream().mapToInt(SampleResult::getGroupThreads).max().orElseThrow())
        .as("most threads of the group").isEqualTo(5);
    assertThat(samples).filteredOn(s -> s.getStartTime() - origin < 1_500)
        .as("samples in the first second of the thread ramp").isNotEmpty()
        .allSatisfy(s -> assertThat(s.getGroupThreads()).isLessThanOrEqualTo(2));
    // From the end of the thread ramp through the hold; in the ramp-down, threads end one by one as
    // the schedule runs out of requests for them.
    assertThat(samples).filteredOn(s -> s.getStartTime() - origin >= 6_000 && s.getStartTime() - origin < 10_000)
        .as("samples of the hold").hasSizeGreaterThan(30)
        .allSatisfy(s -> assertThat(s.getGroupThreads()).as("threads in the hold").isEqualTo(5));
  }

  private static long countBetween(List<SampleResult> samples, long origin, int fromSecond, int toSecond) {
    return samples.stream()
        .map(s -> s.getStartTime() - origin)
        .filter(t -> t >= fromSecond * 1000L && t < toSecond * 1000L)
        .count();
  }
}
