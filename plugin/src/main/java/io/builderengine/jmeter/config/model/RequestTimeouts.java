package io.builderengine.jmeter.config.model;

/**
 * The file's {@code requests}: how long one request may take. Both more than 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param timeoutSeconds the whole request, from sending to the last byte of the response
 * @param connectionTimeoutSeconds opening the connection
 */
public record RequestTimeouts(double timeoutSeconds, double connectionTimeoutSeconds) {
}
