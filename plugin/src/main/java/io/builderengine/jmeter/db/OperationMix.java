package io.builderengine.jmeter.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted set of operations a database sampler draws from. Immutable and thread-safe:
 * {@link #pick(double)} takes the random number from the caller, so each thread uses its own
 * generator and tests are deterministic.
 */
public final class OperationMix {

  /** The old suite's four operations, weights 50/25/15/10 (builder-engine-api.md). */
  public static final List<Operation> DEFAULTS = List.of(
      new Operation("simple_read", "SELECT id, name, created_at FROM agents LIMIT 1", 50,
          OperationKind.READ),
      new Operation("join", "SELECT a.id, a.name, COUNT(c.id) AS call_count FROM agents a"
          + " LEFT JOIN calls c ON c.agent_id = a.id WHERE a.organization_id = ?"
          + " GROUP BY a.id, a.name ORDER BY call_count DESC LIMIT 10", 25, OperationKind.READ),
      new Operation("write", "INSERT INTO test_load (data, created_at) VALUES (?, NOW())", 15,
          OperationKind.WRITE),
      new Operation("aggregate", "SELECT COUNT(*), AVG(duration_seconds),"
          + " SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) FROM calls"
          + " WHERE created_at > NOW() - INTERVAL '1 day'", 10, OperationKind.READ));

  private final List<Operation> operations;
  // cumulativeWeights[i] = sum of the weights of operations[0..i].
  private final double[] cumulativeWeights;

  private OperationMix(List<Operation> operations) {
    this.operations = List.copyOf(operations);
    this.cumulativeWeights = new double[this.operations.size()];
    double total = 0;
    for (int i = 0; i < cumulativeWeights.length; i++) {
      total += this.operations.get(i).weight();
      cumulativeWeights[i] = total;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("The operation mix has no operation with a weight above 0: "
          + names(this.operations));
    }
  }

  public static OperationMix defaults() {
    return new OperationMix(DEFAULTS);
  }

  /**
   * The defaults with weights replaced by name and user operations added (or replacing a default
   * of the same name).
   *
   * @throws IllegalArgumentException for a weight override naming no operation, listing the names
   */
  public static OperationMix of(Map<String, Double> weightOverrides, List<Operation> added) {
    Map<String, Operation> byName = new LinkedHashMap<>();
    DEFAULTS.forEach(operation -> byName.put(operation.name(), operation));
    added.forEach(operation -> byName.put(operation.name(), operation));
    weightOverrides.forEach((name, weight) -> {
      Operation operation = byName.get(name);
      if (operation == null) {
        throw new IllegalArgumentException("No operation named '" + name
            + "' to set the weight of; operations are " + byName.keySet());
      }
      byName.put(name, operation.withWeight(weight));
    });
    return new OperationMix(new ArrayList<>(byName.values()));
  }

  public List<Operation> operations() {
    return operations;
  }

  /**
   * The operation that {@code u}, uniform in [0, 1), falls on when the weights are laid end to
   * end; operations of weight 0 are never picked.
   */
  public Operation pick(double u) {
    if (!(u >= 0 && u < 1)) {
      throw new IllegalArgumentException("u must be in [0, 1), was " + u);
    }
    double point = u * cumulativeWeights[cumulativeWeights.length - 1];
    for (int i = 0; i < cumulativeWeights.length; i++) {
      if (point < cumulativeWeights[i]) {
        return operations.get(i);
      }
    }
    // Rounding can put u * total on the total itself: the last weighted operation owns it.
    for (int i = operations.size() - 1; ; i--) {
      if (operations.get(i).weight() > 0) {
        return operations.get(i);
      }
    }
  }

  private static List<String> names(List<Operation> operations) {
    return operations.stream().map(Operation::name).toList();
  }
}
