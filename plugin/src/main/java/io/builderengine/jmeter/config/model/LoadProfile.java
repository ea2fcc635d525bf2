package io.builderengine.jmeter.config.model;

/**
 * One entry of the file's {@code profiles}: how many users, at what rate, for how long, ramped how.
 * {@link ConfigLoader} has checked the values: users and duration 1 or more, rate more than 0, ramps
 * 0 or more and together no longer than the duration.
 *
 * <p>Immutable and thread-safe.
 *
 * @param concurrentUsers threads (virtual users)
 * @param requestsPerSecond target rate once ramped up, over all users
 * @param durationSeconds whole run, ramps included
 * @param rampUpSeconds time over which the rate climbs from 0
 * @param rampDownSeconds time before the end over which the rate falls to 0
 */
public record LoadProfile(int concurrentUsers, double requestsPerSecond, int durationSeconds, int rampUpSeconds,
    int rampDownSeconds) {
}
