package io.builderengine.jmeter.stats;

/**
 * How closely the samples of one label kept to their rate schedule: the figures of samples that
 * carried a slot (the moment a Target Rate Timer meant them to start).
 *
 * @param scheduledSamples samples that carried a slot
 * @param lateStarts scheduled samples that started more than {@code lateAfterMs} after their slot:
 *     every thread was busy (the threads cap concurrency) or the generator could not keep up
 * @param lateAfterMs the lateness that counts a start late, ms
 * @param startLag each scheduled sample's start minus its slot, ms, 0 when it started on time (a thread
 *     may wake up to 1 ms early)
 * @param generatorLag the part of each start lag after a thread was free to start the sample: the
 *     generator's own delay (a timer waking late, a starved CPU, a GC pause), without the wait for a
 *     free thread that a slow target causes when every thread is busy. The self-check judges this one
 */
public record ScheduleStats(long scheduledSamples, long lateStarts, long lateAfterMs, Distribution startLag,
    Distribution generatorLag) {
}
