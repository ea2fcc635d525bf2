package io.builderengine.jmeter.db;

/** Whether an operation only reads, or writes inside a transaction the runner ends. */
public enum OperationKind {
  READ,
  WRITE
}
