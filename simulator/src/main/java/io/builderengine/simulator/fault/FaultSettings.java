package io.builderengine.simulator.fault;

/**
 * What goes wrong, and how often, when the simulator answers. Immutable: the simulator holds the
 * current settings in one atomic reference that the hot path reads once per request.
 *
 * <p>Each value is checked on construction against the range {@link FaultField} states.
 * Combinations are checked by {@link #validate()}, which the simulator calls before it installs
 * settings, so that with-ers can be chained in any order.
 *
 * @param latencyMillis fixed latency added to every answer
 * @param jitterMillis extra latency, uniform from 0 to this
 * @param errorRate share of requests answered with {@code errorStatus}
 * @param errorStatus HTTP status of injected errors
 * @param resetRate share of requests answered by a TCP reset
 * @param refuseRate share of new connections reset right after accept
 * @param stallRate share of requests never answered
 * @param stallMaxMillis how long a stalled connection is held open before it is closed
 * @param wsCloseAfterMillis close media and SDK streams this long after they open; 0 = off
 * @param wsCloseCode the close code used by {@code wsCloseAfterMillis}
 * @param wsCloseRate share of streams that {@code wsCloseAfterMillis} and {@code wsStallAfterMillis}
 *     hit
 * @param wsStallAfterMillis media and SDK streams go silent this long after they open (no messages,
 *     no pongs) and are dropped {@code stallMaxMillis} later; 0 = off
 * @param maxConcurrentCalls active calls above which call requests slow down; 0 = off
 * @param overloadLatencyMillisPerCall latency per active call above {@code maxConcurrentCalls}
 * @param pathPrefix faults apply to paths starting with this; empty = every non-admin path
 * @param pauseEveryMillis a periodic stall of every answer: one begins this long after the settings
 *     are installed, then again every this long; 0 = off
 * @param pauseMillis how long each periodic stall holds every answer: a request arriving during one
 *     is answered when it ends
 */
public record FaultSettings(
    long latencyMillis,
    long jitterMillis,
    double errorRate,
    int errorStatus,
    double resetRate,
    double refuseRate,
    double stallRate,
    long stallMaxMillis,
    long wsCloseAfterMillis,
    int wsCloseCode,
    double wsCloseRate,
    long wsStallAfterMillis,
    int maxConcurrentCalls,
    long overloadLatencyMillisPerCall,
    String pathPrefix,
    long pauseEveryMillis,
    long pauseMillis) {

  private static final FaultSettings NONE =
      new FaultSettings(0, 0, 0.0, 500, 0.0, 0.0, 0.0, 300_000, 0, 1011, 1.0, 0, 0, 10, "", 0, 0);

  /** Tolerates the rounding of decimal rates typed by people, e.g. 0.7 + 0.2 + 0.1. */
  private static final double RATE_SUM_TOLERANCE = 1e-9;

  public FaultSettings {
    FaultField.LATENCY_MS.require(latencyMillis);
    FaultField.JITTER_MS.require(jitterMillis);
    FaultField.ERROR_RATE.require(errorRate);
    FaultField.ERROR_STATUS.require((long) errorStatus);
    FaultField.RESET_RATE.require(resetRate);
    FaultField.REFUSE_RATE.require(refuseRate);
    FaultField.STALL_RATE.require(stallRate);
    FaultField.STALL_MAX_MS.require(stallMaxMillis);
    FaultField.WS_CLOSE_AFTER_MS.require(wsCloseAfterMillis);
    FaultField.WS_CLOSE_CODE.require((long) wsCloseCode);
    FaultField.WS_CLOSE_RATE.require(wsCloseRate);
    FaultField.WS_STALL_AFTER_MS.require(wsStallAfterMillis);
    FaultField.MAX_CONCURRENT_CALLS.require((long) maxConcurrentCalls);
    FaultField.OVERLOAD_LATENCY_MS_PER_CALL.require(overloadLatencyMillisPerCall);
    FaultField.PATH_PREFIX.require(pathPrefix);
    FaultField.PAUSE_EVERY_MS.require(pauseEveryMillis);
    FaultField.PAUSE_MS.require(pauseMillis);
  }

  /** No faults: the defaults of every field. */
  public static FaultSettings none() {
    return NONE;
  }

  /**
   * Checks combinations of fields. One random draw per request picks at most one of reset, stall
   * and error, so that each rate is exactly the share of requests it hits; that needs the three to
   * add up to at most 1.
   *
   * @return this, for chaining
   * @throws IllegalArgumentException saying which fields to change
   */
  public FaultSettings validate() {
    double sum = resetRate + stallRate + errorRate;
    if (sum > 1.0 + RATE_SUM_TOLERANCE) {
      throw new IllegalArgumentException("reset_rate + stall_rate + error_rate must not exceed 1, got "
          + sum + "; lower one of them (each is the share of requests that fault hits)");
    }
    if (pauseMillis > 0 && pauseMillis >= pauseEveryMillis) {
      throw new IllegalArgumentException("pause_ms (" + pauseMillis + ") must be less than pause_every_ms ("
          + pauseEveryMillis + "); set pause_every_ms to the period of the stalls, e.g. 10000 with pause_ms 1000");
    }
    return this;
  }

  /** Whether a request to this path is subject to request faults at all. */
  public boolean appliesTo(String path) {
    return path.startsWith(pathPrefix);
  }

  public FaultSettings withLatencyMillis(long value) {
    return new FaultSettings(value, jitterMillis, errorRate, errorStatus, resetRate, refuseRate,
        stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withJitterMillis(long value) {
    return new FaultSettings(latencyMillis, value, errorRate, errorStatus, resetRate, refuseRate,
        stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withErrorRate(double value) {
    return new FaultSettings(latencyMillis, jitterMillis, value, errorStatus, resetRate, refuseRate,
        stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withErrorStatus(int value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, value, resetRate, refuseRate,
        stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withResetRate(double value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, value, refuseRate,
        stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withRefuseRate(double value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate, value,
        stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withStallRate(double value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, value, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withStallMaxMillis(long value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, value, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withWsCloseAfterMillis(long value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, value, wsCloseCode, wsCloseRate, wsStallAfterMillis,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withWsCloseCode(int value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, value, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withWsCloseRate(double value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, value,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withWsStallAfterMillis(long value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate, value,
        maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withMaxConcurrentCalls(int value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, value, overloadLatencyMillisPerCall, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withOverloadLatencyMillisPerCall(long value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, value, pathPrefix, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withPathPrefix(String value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, value, pauseEveryMillis, pauseMillis);
  }

  public FaultSettings withPauseEveryMillis(long value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix, value,
        pauseMillis);
  }

  public FaultSettings withPauseMillis(long value) {
    return new FaultSettings(latencyMillis, jitterMillis, errorRate, errorStatus, resetRate,
        refuseRate, stallRate, stallMaxMillis, wsCloseAfterMillis, wsCloseCode, wsCloseRate,
        wsStallAfterMillis, maxConcurrentCalls, overloadLatencyMillisPerCall, pathPrefix,
        pauseEveryMillis, value);
  }
}
