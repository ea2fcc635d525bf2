package io.builderengine.jmeter.db;

/**
 * A classified database failure. Immutable and thread-safe.
 *
 * @param code {@value DatabaseFailures#POOL_EXHAUSTED}, {@value DatabaseFailures#UNREACHABLE}, the
 *     five-character SQLSTATE of a server error (e.g. {@code 42P01}), or
 *     {@value DatabaseFailures#OTHER}
 * @param message one line for a listener, without credentials
 */
public record DatabaseFailure(String code, String message) {
}
