package io.builderengine.simulator.fault;

/**
 * A media or SDK stream drawn for an injected close.
 *
 * @param afterMillis how long after the stream opens it is closed
 * @param closeCode the WebSocket close code sent
 */
public record StreamClosePlan(long afterMillis, int closeCode) {
}
