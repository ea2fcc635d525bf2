package io.builderengine.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a client asks for when it creates a call.
 *
 * @param agentId a known agent's id
 * @param organizationId the caller's organization
 * @param direction inbound or outbound
 * @param fromNumber the calling number
 * @param toNumber the called number
 * @param metadata the client's metadata object
 */
public record NewCall(String agentId, String organizationId, CallDirection direction,
    String fromNumber, String toNumber, JsonNode metadata) {
}
