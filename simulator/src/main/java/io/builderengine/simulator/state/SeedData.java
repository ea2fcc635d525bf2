package io.builderengine.simulator.state;

import java.util.List;

/**
 * The simulator's starting data, derived from a seed.
 *
 * @param organizationId the organization every seeded record belongs to
 * @param agents agents in id-stable order
 * @param calls ended calls, oldest first
 * @param phoneNumbers the organization's numbers
 */
public record SeedData(String organizationId, List<Agent> agents, List<Call> calls,
    List<PhoneNumber> phoneNumbers) {
}
