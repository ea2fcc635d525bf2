package io.builderengine.simulator.fault;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One fault setting as users name it: {@code latency_ms} in the admin endpoint's JSON and
 * {@code --latency-ms} on the command line. The accepted range lives here once and serves the
 * record's own checks, the flag parser and the admin endpoint.
 *
 * @param <T> the Java type of the setting
 */
public final class FaultField<T> {

  private static final long TEN_MINUTES_MILLIS = 600_000;
  private static final long ONE_HOUR_MILLIS = 3_600_000;
  private static final long ONE_DAY_MILLIS = 86_400_000;

  public static final FaultField<Long> LATENCY_MS = new FaultField<>("latency_ms",
      "fixed latency added to every answer",
      new FaultValueType.WholeNumber(0, TEN_MINUTES_MILLIS),
      FaultSettings::latencyMillis, FaultSettings::withLatencyMillis);
  public static final FaultField<Long> JITTER_MS = new FaultField<>("jitter_ms",
      "extra random latency, uniform from 0 to this",
      new FaultValueType.WholeNumber(0, TEN_MINUTES_MILLIS),
      FaultSettings::jitterMillis, FaultSettings::withJitterMillis);
  public static final FaultField<Double> ERROR_RATE = new FaultField<>("error_rate",
      "share of requests answered with error_status and {\"detail\":\"Injected fault\"}",
      new FaultValueType.Probability(), FaultSettings::errorRate, FaultSettings::withErrorRate);
  public static final FaultField<Long> ERROR_STATUS = new FaultField<>("error_status",
      "HTTP status of injected errors",
      new FaultValueType.WholeNumber(400, 599),
      s -> (long) s.errorStatus(), (s, v) -> s.withErrorStatus(v.intValue()));
  public static final FaultField<Double> RESET_RATE = new FaultField<>("reset_rate",
      "share of requests answered by a TCP reset instead of a response",
      new FaultValueType.Probability(), FaultSettings::resetRate, FaultSettings::withResetRate);
  public static final FaultField<Double> REFUSE_RATE = new FaultField<>("refuse_rate",
      "share of new connections reset right after accept (ignores path_prefix; admin included)",
      new FaultValueType.Probability(), FaultSettings::refuseRate, FaultSettings::withRefuseRate);
  public static final FaultField<Double> STALL_RATE = new FaultField<>("stall_rate",
      "share of requests never answered; the connection is closed after stall_max_ms",
      new FaultValueType.Probability(), FaultSettings::stallRate, FaultSettings::withStallRate);
  public static final FaultField<Long> STALL_MAX_MS = new FaultField<>("stall_max_ms",
      "how long a stalled connection is held before it is closed",
      new FaultValueType.WholeNumber(1, ONE_HOUR_MILLIS),
      FaultSettings::stallMaxMillis, FaultSettings::withStallMaxMillis);
  public static final FaultField<Long> WS_CLOSE_AFTER_MS = new FaultField<>("ws_close_after_ms",
      "close media and SDK streams this long after they open (0 = off)",
      new FaultValueType.WholeNumber(0, ONE_DAY_MILLIS),
      FaultSettings::wsCloseAfterMillis, FaultSettings::withWsCloseAfterMillis);
  public static final FaultField<Long> WS_CLOSE_CODE = new FaultField<>("ws_close_code",
      "close code of streams closed by ws_close_after_ms",
      new FaultValueType.CloseCode(),
      s -> (long) s.wsCloseCode(), (s, v) -> s.withWsCloseCode(v.intValue()));
  public static final FaultField<Double> WS_CLOSE_RATE = new FaultField<>("ws_close_rate",
      "share of streams that ws_close_after_ms and ws_stall_after_ms hit",
      new FaultValueType.Probability(), FaultSettings::wsCloseRate, FaultSettings::withWsCloseRate);
  public static final FaultField<Long> WS_STALL_AFTER_MS = new FaultField<>("ws_stall_after_ms",
      "media and SDK streams go silent this long after they open, no pongs either, and are dropped"
          + " stall_max_ms later (0 = off)",
      new FaultValueType.WholeNumber(0, ONE_DAY_MILLIS),
      FaultSettings::wsStallAfterMillis, FaultSettings::withWsStallAfterMillis);
  public static final FaultField<Long> MAX_CONCURRENT_CALLS = new FaultField<>(
      "max_concurrent_calls",
      "active calls (live calls plus media streams of no known call) above which call requests slow"
          + " down (0 = off)",
      new FaultValueType.WholeNumber(0, 1_000_000),
      s -> (long) s.maxConcurrentCalls(), (s, v) -> s.withMaxConcurrentCalls(v.intValue()));
  public static final FaultField<Long> OVERLOAD_LATENCY_MS_PER_CALL = new FaultField<>(
      "overload_latency_ms_per_call",
      "latency added to call requests per active call above max_concurrent_calls",
      new FaultValueType.WholeNumber(0, 60_000),
      FaultSettings::overloadLatencyMillisPerCall, FaultSettings::withOverloadLatencyMillisPerCall);
  public static final FaultField<String> PATH_PREFIX = new FaultField<>("path_prefix",
      "faults apply only to paths starting with this (empty = every non-admin route)",
      new FaultValueType.PathPrefix(), FaultSettings::pathPrefix, FaultSettings::withPathPrefix);

  public static final FaultField<Long> PAUSE_EVERY_MS = new FaultField<>("pause_every_ms",
      "periodic stall: every answer is held for pause_ms, first pause_every_ms after the settings are"
          + " installed, then every pause_every_ms (0 = off)",
      new FaultValueType.WholeNumber(0, ONE_HOUR_MILLIS),
      FaultSettings::pauseEveryMillis, FaultSettings::withPauseEveryMillis);
  public static final FaultField<Long> PAUSE_MS = new FaultField<>("pause_ms",
      "length of each periodic stall; a request arriving in one is answered when it ends",
      new FaultValueType.WholeNumber(0, ONE_HOUR_MILLIS),
      FaultSettings::pauseMillis, FaultSettings::withPauseMillis);

  /** Every field, in the order help texts and JSON list them. */
  public static final List<FaultField<?>> ALL = List.of(LATENCY_MS, JITTER_MS, ERROR_RATE,
      ERROR_STATUS, RESET_RATE, REFUSE_RATE, STALL_RATE, STALL_MAX_MS, WS_CLOSE_AFTER_MS,
      WS_CLOSE_CODE, WS_CLOSE_RATE, WS_STALL_AFTER_MS, MAX_CONCURRENT_CALLS,
      OVERLOAD_LATENCY_MS_PER_CALL, PAUSE_EVERY_MS, PAUSE_MS, PATH_PREFIX);

  private static final Map<String, FaultField<?>> BY_JSON_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(FaultField::jsonName, f -> f));

  private final String jsonName;
  private final String description;
  private final FaultValueType<T> type;
  private final Function<FaultSettings, T> getter;
  private final BiFunction<FaultSettings, T, FaultSettings> wither;

  private FaultField(String jsonName, String description, FaultValueType<T> type,
      Function<FaultSettings, T> getter, BiFunction<FaultSettings, T, FaultSettings> wither) {
    this.jsonName = jsonName;
    this.description = description;
    this.type = type;
    this.getter = getter;
    this.wither = wither;
  }

  public static Optional<FaultField<?>> byJsonName(String name) {
    return Optional.ofNullable(BY_JSON_NAME.get(name));
  }

  /** The admin endpoint's name, e.g. {@code latency_ms}. */
  public String jsonName() {
    return jsonName;
  }

  /** The command-line flag, e.g. {@code --latency-ms}. */
  public String flag() {
    return "--" + jsonName.replace('_', '-');
  }

  public String description() {
    return description;
  }

  public FaultValueType<T> type() {
    return type;
  }

  public T get(FaultSettings settings) {
    return getter.apply(settings);
  }

  /**
   * Returns settings with this field set from text.
   *
   * @throws IllegalArgumentException "must be ..." when the text is not an accepted value
   */
  public FaultSettings withText(FaultSettings settings, String text) {
    return wither.apply(settings, type.parse(text));
  }

  /** Returns the value if accepted; otherwise throws naming this field and the valid range. */
  T require(T value) {
    if (value == null || !type.accepts(value)) {
      throw new IllegalArgumentException(
          jsonName + " must be " + type.describe() + ", got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
