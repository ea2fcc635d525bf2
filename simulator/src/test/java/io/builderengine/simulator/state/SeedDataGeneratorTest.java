package io.builderengine.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedDataGeneratorTest {

  private static final long NOW = 1_700_000_000_000L;

  @Test
  void sameSeedGivesTheSameData() {
    SeedData first = SeedDataGenerator.generate(42, 5, 20, 3, NOW);
    SeedData second = SeedDataGenerator.generate(42, 5, 20, 3, NOW);

    assertThat(second.agents()).isEqualTo(first.agents());
    assertThat(second.phoneNumbers()).isEqualTo(first.phoneNumbers());
    assertThat(second.calls()).extracting(Call::id)
        .containsExactlyElementsOf(first.calls().stream().map(Call::id).toList());
    assertThat(SeedDataGenerator.generate(43, 5, 20, 3, NOW).agents().get(0).id())
        .isNotEqualTo(first.agents().get(0).id());
  }

  @Test
  void recordsHaveThePlatformsIdFormatsAndCounts() {
    SeedData seed = SeedDataGenerator.generate(1, 7, 30, 4, NOW);

    assertThat(seed.agents()).hasSize(7)
        .allSatisfy(agent -> assertThat(agent.id()).matches("agent_[0-9a-f]{12}"));
    assertThat(seed.phoneNumbers()).hasSize(4).allSatisfy(number -> {
      assertThat(number.id()).matches("pn_[0-9a-f]{12}");
      assertThat(number.number()).matches("\\+1555\\d{7}");
    });
    assertThat(seed.calls()).hasSize(30).allSatisfy(call -> {
      assertThat(call.id()).matches("call_[0-9a-f]{12}");
      assertThat(call.hasEnded()).isTrue();
      assertThat(call.endedAtMillis()).isLessThan(NOW);
      assertThat(call.status(NOW).isTerminal()).isTrue();
    });
  }

  @Test
  void callsAreSequencedInCreationOrder() {
    SeedData seed = SeedDataGenerator.generate(3, 2, 50, 0, NOW);

    assertThat(seed.calls()).isSortedAccordingTo((a, b) -> Long.compare(
        a.schedule().createdAtMillis(), b.schedule().createdAtMillis()));
    assertThat(seed.calls()).extracting(Call::sequence).isSorted().doesNotHaveDuplicates();
  }
}
