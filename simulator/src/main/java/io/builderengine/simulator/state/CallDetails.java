package io.builderengine.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a call is, fixed at creation.
 *
 * @param sessionId the conversation session of the call
 * @param agentId the agent answering or placing it
 * @param organizationId the organization it belongs to
 * @param twilioCallSid the carrier's id of the call
 * @param direction inbound or outbound
 * @param fromNumber the calling number
 * @param toNumber the called number
 * @param metadata the client's metadata object, as given
 */
public record CallDetails(String sessionId, String agentId, String organizationId,
    String twilioCallSid, CallDirection direction, String fromNumber, String toNumber,
    JsonNode metadata) {
}
