package io.builderengine.jmeter.calls;

/**
 * The outcome of starting a call: the HTTP step and the id the platform gave the call. Immutable.
 *
 * @param step the {@code POST /api/v1/calls} exchange
 * @param callId the new call's id, empty when the step failed
 */
public record InitiatedCall(CallStep step, String callId) {

  /** Whether the call exists on the platform, so that operations and an end may follow. */
  public boolean created() {
    return !callId.isEmpty();
  }
}
