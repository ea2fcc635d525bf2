package io.builderengine.simulator.state;

/**
 * A voice agent, as the platform's flat JSON shows it. Seeded agents never change, so their JSON
 * is encoded once.
 *
 * @param status draft, active, paused or archived
 */
public record Agent(String id, String ownerId, String organizationId, String name,
    String description, String status, String llmModel, String voiceId, String language,
    String createdAt, String updatedAt) {
}
