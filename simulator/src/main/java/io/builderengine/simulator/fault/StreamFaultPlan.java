package io.builderengine.simulator.fault;

/**
 * The injected faults a media or SDK stream was drawn for: a forced close, a stall, or both
 * (whichever comes first wins).
 *
 * @param closeAfterMillis how long after the stream opens it is closed; 0 = never
 * @param closeCode the WebSocket close code sent
 * @param stallAfterMillis how long after the stream opens it goes silent; 0 = never
 * @param stallMaxMillis how long a silent stream is held before the connection is dropped
 */
public record StreamFaultPlan(long closeAfterMillis, int closeCode, long stallAfterMillis,
    long stallMaxMillis) {
}
