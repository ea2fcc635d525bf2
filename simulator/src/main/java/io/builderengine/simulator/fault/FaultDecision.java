package io.builderengine.simulator.fault;

/**
 * What happens to one request: its fault (if any) and the latency added before it is answered.
 *
 * @param kind the fault drawn for this request
 * @param delayMillis latency to add before answering (fixed + jitter + overload)
 * @param errorStatus the status to answer with when {@code kind} is {@link Kind#ERROR}
 * @param stallMillis how long to hold the connection when {@code kind} is {@link Kind#STALL}
 */
public record FaultDecision(Kind kind, long delayMillis, int errorStatus, long stallMillis) {

  /** Answer normally, at once. */
  public static final FaultDecision NONE = new FaultDecision(Kind.NONE, 0, 0, 0);

  /** The faults one request can get; at most one per request. */
  public enum Kind {
    NONE,
    /** Reset the TCP connection instead of answering. */
    RESET,
    /** Never answer; close the connection after {@code stallMillis}. */
    STALL,
    /** Answer {@code errorStatus} with {"detail":"Injected fault"}. */
    ERROR
  }
}
