package io.builderengine.simulator.fault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * Draws the faults of each request, connection and stream from the current {@link FaultSettings}.
 *
 * <p>Thread-safe and lock-free: the settings sit in one atomic reference, read once per decision,
 * so a decision never mixes old and new settings; randomness comes from {@link ThreadLocalRandom}.
 */
public final class FaultInjector {

  /**
   * Paths of call-related requests, the ones slowed down by overload. Media streams count: each is
   * a phone call in progress.
   */
  private static final List<String> CALL_PATH_PREFIXES =
      List.of("/api/v1/calls", "/media-stream", "/ws/v1/stream");

  /** Keeps a runaway overload figure from scheduling answers hours away. */
  private static final long MAX_OVERLOAD_DELAY_MILLIS = 600_000;

  private final FaultSettings startupSettings;
  private final AtomicReference<FaultSettings> current;
  private final IntSupplier activeCallCount;
  /** When the current settings were installed: their periodic stalls count from here. */
  private volatile long installedAtNanos = System.nanoTime();

  /**
   * @param startupSettings the settings to start with and to return to on {@link #reset()}
   * @param activeCallCount live calls plus open media streams of no call, read when overload is configured
   */
  public FaultInjector(FaultSettings startupSettings, IntSupplier activeCallCount) {
    this.startupSettings = startupSettings.validate();
    this.current = new AtomicReference<>(startupSettings);
    this.activeCallCount = activeCallCount;
  }

  public FaultSettings current() {
    return current.get();
  }

  /**
   * Installs new settings; requests decided from now on use them.
   *
   * @throws IllegalArgumentException when {@link FaultSettings#validate()} refuses them
   */
  public void install(FaultSettings settings) {
    current.set(settings.validate());
    installedAtNanos = System.nanoTime();
  }

  /** Goes back to the start-up settings. */
  public void reset() {
    current.set(startupSettings);
    installedAtNanos = System.nanoTime();
  }

  /** Decides the fault and added latency of one request to a (non-admin) path. */
  public FaultDecision decide(String path) {
    FaultSettings settings = current.get();
    if (!settings.appliesTo(path)) {
      return FaultDecision.NONE;
    }
    FaultDecision.Kind kind = drawRequestFault(settings);
    long delayMillis = settings.latencyMillis() + jitterMillis(settings)
        + overloadDelayMillis(settings, path) + pauseDelayMillis(settings, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - installedAtNanos));
    if (kind == FaultDecision.Kind.NONE && delayMillis == 0) {
      return FaultDecision.NONE;
    }
    return new FaultDecision(kind, delayMillis, settings.errorStatus(), settings.stallMaxMillis());
  }

  /** Whether a connection just accepted is to be reset before anything is read from it. */
  public boolean shouldRefuseConnection() {
    double rate = current.get().refuseRate();
    return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
  }

  /** Whether, and when, a media or SDK stream opening on this path is to be closed or stalled. */
  public Optional<StreamFaultPlan> planStreamFaults(String path) {
    FaultSettings settings = current.get();
    boolean anyStreamFault = settings.wsCloseAfterMillis() > 0 || settings.wsStallAfterMillis() > 0;
    if (!anyStreamFault || !settings.appliesTo(path)
        || ThreadLocalRandom.current().nextDouble() >= settings.wsCloseRate()) {
      return Optional.empty();
    }
    return Optional.of(new StreamFaultPlan(settings.wsCloseAfterMillis(), settings.wsCloseCode(),
        settings.wsStallAfterMillis(), settings.stallMaxMillis()));
  }

  /**
   * One draw split into consecutive bands [reset | stall | error | none], so each rate is exactly
   * the share of requests its fault hits (validate() keeps the bands within 1).
   */
  private static FaultDecision.Kind drawRequestFault(FaultSettings settings) {
    if (settings.resetRate() == 0 && settings.stallRate() == 0 && settings.errorRate() == 0) {
      return FaultDecision.Kind.NONE;
    }
    double draw = ThreadLocalRandom.current().nextDouble();
    double bandEnd = settings.resetRate();
    if (draw < bandEnd) {
      return FaultDecision.Kind.RESET;
    }
    bandEnd += settings.stallRate();
    if (draw < bandEnd) {
      return FaultDecision.Kind.STALL;
    }
    bandEnd += settings.errorRate();
    return draw < bandEnd ? FaultDecision.Kind.ERROR : FaultDecision.Kind.NONE;
  }

  private static long jitterMillis(FaultSettings settings) {
    long jitter = settings.jitterMillis();
    return jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(jitter + 1);
  }

  /**
   * Holds an answer until the periodic stall it arrived in ends: the first begins pause_every_ms after
   * the settings were installed, so a test that installs them knows where they fall.
   */
  static long pauseDelayMillis(FaultSettings settings, long sinceInstalledMillis) {
    if (settings.pauseMillis() == 0) {
      return 0;
    }
    if (sinceInstalledMillis < settings.pauseEveryMillis()) {
      return 0;
    }
    long intoPeriodMillis = sinceInstalledMillis % settings.pauseEveryMillis();
    return intoPeriodMillis < settings.pauseMillis() ? settings.pauseMillis() - intoPeriodMillis : 0;
  }

  private long overloadDelayMillis(FaultSettings settings, String path) {
    if (settings.maxConcurrentCalls() == 0 || !isCallRelated(path)) {
      return 0;
    }
    long excessCalls = (long) activeCallCount.getAsInt() - settings.maxConcurrentCalls();
    if (excessCalls <= 0) {
      return 0;
    }
    return Math.min(excessCalls * settings.overloadLatencyMillisPerCall(),
        MAX_OVERLOAD_DELAY_MILLIS);
  }

  private static boolean isCallRelated(String path) {
    for (String prefix : CALL_PATH_PREFIXES) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
