package io.builderengine.simulator.state;

/**
 * The outcome of asking the registry to change an active call.
 *
 * @param outcome what happened
 * @param call the call after the change (or as found, when not active); null when not found
 */
public record CallChange(Outcome outcome, Call call) {

  static final CallChange NOT_FOUND = new CallChange(Outcome.NOT_FOUND, null);

  /** Why a change did or did not happen. */
  public enum Outcome {
    CHANGED,
    NOT_FOUND,
    /** The call exists but has ended: telephony operations are refused. */
    NOT_ACTIVE
  }
}
