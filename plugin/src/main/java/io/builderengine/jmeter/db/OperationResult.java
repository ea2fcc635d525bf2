package io.builderengine.jmeter.db;

/**
 * The outcome of running one operation once. Immutable and thread-safe.
 *
 * @param name the operation's name
 * @param elapsedMillis from preparing the statement to the end of the commit or rollback
 * @param rows rows read (READ) or changed (WRITE); 0 on failure
 * @param successful true when the statement ran, a rolled-back write included
 * @param code {@value OperationRunner#OK} on success, otherwise the
 *     {@link DatabaseFailure#code()}
 * @param message "OK", "rolled back", or the failure text
 */
public record OperationResult(String name, long elapsedMillis, long rows, boolean successful,
    String code, String message) {
}
