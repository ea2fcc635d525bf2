package io.builderengine.simulator.state;

/**
 * What telephony operations did to an active call.
 *
 * @param onHold whether the caller is on hold
 * @param recording whether the call is being recorded
 * @param transferredTo the number the call was transferred to, or null
 */
public record CallControls(boolean onHold, boolean recording, String transferredTo) {

  public static final CallControls NONE = new CallControls(false, false, null);

  public CallControls withOnHold(boolean value) {
    return new CallControls(value, recording, transferredTo);
  }

  public CallControls withRecording(boolean value) {
    return new CallControls(onHold, value, transferredTo);
  }

  public CallControls withTransferredTo(String number) {
    return new CallControls(onHold, recording, number);
  }
}
