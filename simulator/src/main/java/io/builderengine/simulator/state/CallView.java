package io.builderengine.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.json.Timestamps;

/**
 * A call as the API shows it at one instant: the platform's flat call object (snake_case when
 * written by {@link io.builderengine.simulator.json.Json}). Times not reached are null.
 */
public record CallView(String id, String agentId, String organizationId, String sessionId,
    String twilioCallSid, CallDirection direction, CallStatus status, String fromNumber,
    String toNumber, String startedAt, String endedAt, Long durationSeconds, boolean onHold,
    boolean recording, String transferredTo, JsonNode metadata, String createdAt,
    String updatedAt) {

  public static CallView of(Call stored, long nowMillis) {
    Call call = stored.settledAt(nowMillis);
    CallDetails details = call.details();
    CallControls controls = call.controls();
    return new CallView(call.id(), details.agentId(), details.organizationId(),
        details.sessionId(), details.twilioCallSid(), details.direction(),
        call.status(nowMillis), details.fromNumber(), details.toNumber(),
        call.wasAnsweredBy(nowMillis) ? Timestamps.iso(call.schedule().answeredAtMillis()) : null,
        call.hasEnded() ? Timestamps.iso(call.endedAtMillis()) : null,
        call.hasEnded() ? call.durationSeconds() : null,
        controls.onHold(), controls.recording(), controls.transferredTo(), details.metadata(),
        Timestamps.iso(call.schedule().createdAtMillis()),
        Timestamps.iso(call.lastUpdatedAt(nowMillis)));
  }
}
