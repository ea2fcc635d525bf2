package io.builderengine.jmeter.timers;

/**
 * When each request of an open-model load is due: the target rate climbs linearly from 0 over the
 * ramp-up, holds, and falls linearly to 0 over the ramp-down that ends the duration.
 *
 * <p>Request number {@code n} (counting from 1) is due at the moment the rate curve has accumulated
 * {@code n - 1/2} requests, so any window of the curve holds its expected count to within one
 * request, and no rounding of the spacing to whole milliseconds creeps in (JMeter 5.6.3's Constant
 * Throughput Timer spaces requests in whole milliseconds: 150/s becomes 142.9/s).
 *
 * <p>Immutable and thread-safe; pure arithmetic, no clock.
 */
public final class RateSchedule {

  private final double targetRps;
  private final double rampUpSeconds;
  private final double rampDownSeconds;
  private final double durationSeconds;

  /** Requests accumulated by the end of the ramp-up, of the hold, and of the ramp-down. */
  private final double rampUpRequests;
  private final double holdEndRequests;
  private final double totalRequests;

  private RateSchedule(double targetRps, double rampUpSeconds, double durationSeconds, double rampDownSeconds) {
    this.targetRps = targetRps;
    this.rampUpSeconds = rampUpSeconds;
    this.durationSeconds = durationSeconds;
    this.rampDownSeconds = rampDownSeconds;
    this.rampUpRequests = targetRps * rampUpSeconds / 2;
    double holdSeconds = isBounded() ? durationSeconds - rampUpSeconds - rampDownSeconds : Double.POSITIVE_INFINITY;
    // 0 requests/s for ever is 0 requests, not 0 x infinity (NaN).
    this.holdEndRequests = rampUpRequests + (targetRps == 0 ? 0 : targetRps * holdSeconds);
    this.totalRequests = holdEndRequests + targetRps * rampDownSeconds / 2;
  }

  /**
   * @param targetRps requests per second once ramped up; 0 or more (0: nothing is due, as for a
   *     scenario that mixed.jmx switches off)
   * @param rampUpSeconds seconds over which the rate climbs from 0; 0 or more
   * @param durationSeconds seconds after which nothing is due; 0 for no end (then no ramp-down)
   * @param rampDownSeconds seconds before the end over which the rate falls to 0; 0 or more
   * @throws IllegalArgumentException naming the value to fix
   */
  public static RateSchedule of(double targetRps, double rampUpSeconds, double durationSeconds, double rampDownSeconds) {
    requireFinite("target rate (requests per second)", targetRps);
    if (targetRps < 0) {
      throw new IllegalArgumentException("The target rate must be 0 requests per second or more, not " + targetRps);
    }
    requireNotNegative("ramp-up", rampUpSeconds);
    requireNotNegative("duration", durationSeconds);
    requireNotNegative("ramp-down", rampDownSeconds);
    if (durationSeconds == 0 && rampDownSeconds > 0) {
      throw new IllegalArgumentException("A ramp-down of " + rampDownSeconds
          + " s needs a duration to end at; set the duration in seconds or the ramp-down to 0");
    }
    if (durationSeconds > 0 && rampUpSeconds + rampDownSeconds > durationSeconds) {
      throw new IllegalArgumentException("Ramp-up (" + rampUpSeconds + " s) plus ramp-down (" + rampDownSeconds
          + " s) exceed the duration (" + durationSeconds + " s); shorten the ramps or lengthen the duration");
    }
    return new RateSchedule(targetRps, rampUpSeconds, durationSeconds, rampDownSeconds);
  }

  /**
   * @param requestNumber 1 for the first request
   * @return seconds from the schedule's start at which that request is due, or
   *     {@link Double#POSITIVE_INFINITY} when the schedule has ended before it
   */
  public double dueSeconds(long requestNumber) {
    double accumulated = requestNumber - 0.5;
    if (accumulated >= totalRequests) {
      return Double.POSITIVE_INFINITY;
    }
    if (accumulated < rampUpRequests) {
      // accumulated = targetRps * t^2 / (2 * rampUp)
      return Math.sqrt(2 * rampUpSeconds * accumulated / targetRps);
    }
    if (accumulated < holdEndRequests) {
      return rampUpSeconds + (accumulated - rampUpRequests) / targetRps;
    }
    // Into the ramp-down by x seconds: accumulated - holdEnd = targetRps * (x - x^2 / (2 * rampDown))
    double share = (accumulated - holdEndRequests) / (targetRps * rampDownSeconds / 2);
    double intoRampDown = rampDownSeconds * (1 - Math.sqrt(1 - share));
    return durationSeconds - rampDownSeconds + intoRampDown;
  }

  /** Requests the whole schedule holds; infinite when it has no end. */
  public double totalRequests() {
    return totalRequests;
  }

  private boolean isBounded() {
    return durationSeconds > 0;
  }

  private static void requireFinite(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("The " + what + " must be a number, not " + value);
    }
  }

  private static void requireNotNegative(String what, double seconds) {
    requireFinite(what + " in seconds", seconds);
    if (seconds < 0) {
      throw new IllegalArgumentException("The " + what + " must be 0 seconds or more, not " + seconds);
    }
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.3f requests/s, ramp-up %.1f s, duration %s, ramp-down %.1f s",
        targetRps, rampUpSeconds, isBounded() ? durationSeconds + " s" : "unbounded", rampDownSeconds);
  }
}
