package io.builderengine.jmeter.db;

import java.util.Objects;

/**
 * One statement of the database workload. Every {@code ?} placeholder receives the organization
 * id of the run (see {@link OperationRunner}). Immutable and thread-safe.
 *
 * @param name the sample label, e.g. {@code simple_read}
 * @param sql a JDBC statement with {@code ?} placeholders
 * @param weight relative frequency in the mix, not negative; 0 leaves the operation out
 * @param kind {@link OperationKind#WRITE} runs inside a transaction
 */
public record Operation(String name, String sql, double weight, OperationKind kind) {

  public Operation {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An operation needs a name");
    }
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("Operation '" + name + "' has no SQL");
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("Operation '" + name + "' has weight " + weight
          + "; a weight must be a finite number >= 0");
    }
    Objects.requireNonNull(kind, "kind");
  }

  public Operation withWeight(double newWeight) {
    return new Operation(name, sql, newWeight, kind);
  }

  /** WRITE when the statement changes data (INSERT, UPDATE, DELETE, MERGE), READ otherwise. */
  static OperationKind kindOf(String sql) {
    String verb = sql.strip().split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
    return switch (verb) {
      case "INSERT", "UPDATE", "DELETE", "MERGE" -> OperationKind.WRITE;
      default -> OperationKind.READ;
    };
  }
}
