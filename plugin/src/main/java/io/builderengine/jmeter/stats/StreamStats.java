package io.builderengine.jmeter.stats;

/**
 * Whole-run media-stream quality of one label or step: its streams' figures summed, or spread across
 * streams. The overall row's merges the top-level labels' streams, like its other figures.
 *
 * @param streams samples that carried stream figures ({@link StreamQuality})
 * @param lateFrames frames sent more than one frame interval after their slot
 * @param lateFrameRate lateFrames / framesSent, 0 to 1; 0 when no frame was sent
 * @param sendLagP99 each stream's p99 send lag against the schedule, spread across the streams (one
 *     value a stream, microsecond resolution): its p50 is the typical stream, its max the worst
 * @param sendLagMaxMs the largest send lag of any frame of any stream
 * @param jitterMeanMs each stream's RFC 3550 interarrival jitter, averaged over the streams
 * @param jitterMaxMs the highest jitter of one stream
 * @param streamsWithPongs streams that had at least one pong, those pingRttMeanMs averages over
 * @param pongs pongs of all streams
 * @param pingRttMeanMs each stream's average ping round trip, averaged over streamsWithPongs; 0 when none
 */
public record StreamStats(long streams, long framesSent, long framesReceived, long lateFrames,
    double lateFrameRate, Distribution sendLagP99, double sendLagMaxMs, double jitterMeanMs, double jitterMaxMs,
    long streamsWithPongs, long pongs, double pingRttMeanMs) {
}
