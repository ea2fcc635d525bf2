package io.builderengine.jmeter.calls;

/**
 * The operations a simulated caller performs on an active call, with the platform's weights (out of
 * {@value #TOTAL_WEIGHT}) from the old load suite: status 30, hold 15, resume 10, transfer 10,
 * recording 10, end 25. Immutable and thread-safe.
 */
public enum TelephonyOperation {
  STATUS(30, "GET", "status", ""),
  HOLD(15, "POST", "hold", "/hold"),
  RESUME(10, "POST", "resume", "/resume"),
  TRANSFER(10, "POST", "transfer", "/transfer"),
  RECORDING_START(10, "POST", "recording", "/recording/start"),
  END(25, "POST", "end", "/end");

  /** The sum of the weights, so that a weight reads as a percentage. */
  public static final int TOTAL_WEIGHT = 100;

  private static final TelephonyOperation[] VALUES = values();
  /**
   * Upper bound (exclusive) of each operation's band of [0, 1): the running weight sum divided by
   * 100, which is the same double as the decimal literal (30 / 100.0 == 0.30), so a draw of exactly
   * 0.30 falls in HOLD's band and not in STATUS's, as it would with exact arithmetic.
   */
  private static final double[] BAND_ENDS = bandEnds();

  private final int weight;
  private final String method;
  private final String stepName;
  private final String pathSuffix;

  TelephonyOperation(int weight, String method, String stepName, String pathSuffix) {
    this.weight = weight;
    this.method = method;
    this.stepName = stepName;
    this.pathSuffix = pathSuffix;
  }

  /** This operation's share of operations, out of {@link #TOTAL_WEIGHT}. */
  public int weight() {
    return weight;
  }

  /** "GET" for {@link #STATUS}, "POST" for the others. */
  public String method() {
    return method;
  }

  /** The name of the {@link CallStep}: "status", "hold", "resume", "transfer", "recording", "end". */
  public String stepName() {
    return stepName;
  }

  /** The request path on a call, e.g. {@code /api/v1/calls/call_0123456789ab/hold}. */
  public String path(String callId) {
    return ApiPaths.call(callId) + pathSuffix;
  }

  /**
   * Maps a uniform draw to an operation by weight: [0, 0.30) status, [0.30, 0.45) hold, [0.45,
   * 0.55) resume, [0.55, 0.65) transfer, [0.65, 0.75) recording, [0.75, 1) end.
   *
   * @param u a draw from [0, 1), e.g. {@code RandomGenerator.nextDouble()}
   * @throws IllegalArgumentException when u is outside [0, 1) or NaN
   */
  public static TelephonyOperation pick(double u) {
    if (!(u >= 0.0 && u < 1.0)) {
      throw new IllegalArgumentException("u must be in [0, 1), got " + u);
    }
    for (int i = 0; i < VALUES.length - 1; i++) {
      if (u < BAND_ENDS[i]) {
        return VALUES[i];
      }
    }
    return VALUES[VALUES.length - 1];
  }

  private static double[] bandEnds() {
    double[] ends = new double[VALUES.length];
    int runningWeight = 0;
    for (int i = 0; i < VALUES.length; i++) {
      runningWeight += VALUES[i].weight;
      ends[i] = runningWeight / (double) TOTAL_WEIGHT;
    }
    if (runningWeight != TOTAL_WEIGHT) {
      throw new IllegalStateException("weights add up to " + runningWeight + ", not " + TOTAL_WEIGHT);
    }
    return ends;
  }
}
