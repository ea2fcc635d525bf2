package io.builderengine.jmeter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationMixTest {

  @Test
  void defaultsAreTheOldSuitesFourOperationsWeighted50_25_15_10() {
    List<Operation> operations = OperationMix.defaults().operations();

    assertThat(operations).extracting(Operation::name)
        .containsExactly("simple_read", "join", "write", "aggregate");
    assertThat(operations).extracting(Operation::weight).containsExactly(50.0, 25.0, 15.0, 10.0);
    assertThat(operations).extracting(Operation::kind).containsExactly(
        OperationKind.READ, OperationKind.READ, OperationKind.WRITE, OperationKind.READ);
    assertThat(operations.get(1).sql()).contains("a.organization_id = ?").doesNotContain("$1");
  }

  @Test
  void pickLaysTheWeightsEndToEnd() {
    OperationMix mix = OperationMix.defaults();

    assertThat(mix.pick(0.0).name()).isEqualTo("simple_read");
    assertThat(mix.pick(0.4999).name()).isEqualTo("simple_read");
    assertThat(mix.pick(0.50).name()).isEqualTo("join");
    assertThat(mix.pick(0.7499).name()).isEqualTo("join");
    assertThat(mix.pick(0.75).name()).isEqualTo("write");
    assertThat(mix.pick(0.90).name()).isEqualTo("aggregate");
    assertThat(mix.pick(Math.nextDown(1.0)).name()).isEqualTo("aggregate");
    assertThatThrownBy(() -> mix.pick(1.0)).hasMessageContaining("[0, 1)");
  }

  @Test
  void weightsAreOverriddenByNameAndZeroLeavesAnOperationOut() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("simple_read", 0.0);
    weights.put("write", 0.0);
    weights.put("aggregate", 0.0);
    OperationMix mix = OperationMix.of(weights, List.of());

    for (double u = 0; u < 1; u += 0.01) {
      assertThat(mix.pick(u).name()).as("u=%s", u).isEqualTo("join");
    }
  }

  @Test
  void userOperationsJoinTheMix() {
    List<Operation> added = OperationMixParser.parse("""
        # custom
        recent_calls | 100 | SELECT id FROM calls WHERE organization_id = ? LIMIT 20

        close_calls | 0 | UPDATE calls SET status = 'completed' WHERE status = 'in_progress'
        """);
    OperationMix mix = OperationMix.of(Map.of(), added);

    assertThat(mix.operations()).extracting(Operation::name)
        .containsExactly("simple_read", "join", "write", "aggregate", "recent_calls", "close_calls");
    assertThat(added).extracting(Operation::kind).containsExactly(OperationKind.READ, OperationKind.WRITE);
    assertThat(mix.pick(0.5).name()).as("half of weight 200").isEqualTo("recent_calls");
  }

  @Test
  void unknownOverrideNamesTheOperations() {
    assertThatThrownBy(() -> OperationMix.of(Map.of("reads", 1.0), List.of()))
        .hasMessageContaining("'reads'").hasMessageContaining("simple_read, join, write, aggregate");
  }

  @Test
  void parseErrorsNameTheLine() {
    assertThatThrownBy(() -> OperationMixParser.parse("ok | 1 | SELECT 1\nbroken SELECT 2"))
        .hasMessageStartingWith("Operation line 2 ('broken SELECT 2')")
        .hasMessageContaining("name | weight | SQL");
    assertThatThrownBy(() -> OperationMixParser.parse("a | lots | SELECT 1"))
        .hasMessageContaining("line 1").hasMessageContaining("'lots' is not a number");
    assertThatThrownBy(() -> OperationMixParser.parse("a | -1 | SELECT 1"))
        .hasMessageContaining("line 1").hasMessageContaining(">= 0");
    assertThatThrownBy(() -> OperationMixParser.parse("a | 1 | SELECT 1\na | 2 | SELECT 2"))
        .hasMessageContaining("line 2").hasMessageContaining("defined twice");
  }

  @Test
  void sqlMayHoldThePipeCharacter() {
    assertThat(OperationMixParser.parse("concat | 1 | SELECT 'a' || 'b'").get(0).sql())
        .isEqualTo("SELECT 'a' || 'b'");
  }

  @Test
  void placeholdersInsideQuotesAndCommentsAreNotParameters() {
    assertThat(Placeholders.count("SELECT '?', \"?\" FROM t WHERE a = ? -- b = ?\nAND c = ?"))
        .isEqualTo(2);
  }
}
