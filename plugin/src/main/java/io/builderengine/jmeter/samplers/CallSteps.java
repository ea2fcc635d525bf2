package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.calls.CallStep;
import org.apache.jmeter.samplers.SampleResult;

/**
 * The steps of one call as sub-results of the call's result: adds them without JMeter's renaming, sums
 * their bytes, and concludes the call from them (it fails with the first failed step, named).
 */
final class CallSteps {

  private final SampleResult call;
  private final String callLabel;
  private final StringBuilder outline = new StringBuilder();
  private SampleResult firstFailure;

  CallSteps(SampleResult call, String callLabel) {
    this.call = call;
    this.callLabel = callLabel;
  }

  void add(CallStep step) {
    add(CallStepResults.of(step, callLabel));
  }

  void add(SampleResult step) {
    String label = step.getSampleLabel();
    call.addRawSubResult(step); // keeps the step's times
    step.setSampleLabel(label); // JMeter renames sub-results "Call-0"... unless subresults.disable_renaming
    call.setBytes(call.getBytesAsLong() + step.getBytesAsLong());
    call.setSentBytes(call.getSentBytes() + step.getSentBytes());
    if (call.getSubResults().length == 1) {
      call.setConnectTime(step.getConnectTime());
      call.setLatency(step.getStartTime() - call.getStartTime() + step.getLatency());
    }
    if (!step.isSuccessful() && firstFailure == null) {
      firstFailure = step;
    }
    // Appended piece by piece: String.format would build a Formatter for every step of every call.
    outline.append(step.getSampleLabel()).append(": ").append(step.getResponseCode()).append(' ')
        .append(step.getResponseMessage()).append(", ").append(step.getTime()).append(" ms")
        .append(System.lineSeparator());
  }

  String outline() {
    return outline.toString();
  }

  /** Success when every step succeeded; else the first failed step's code and a message naming it. */
  void conclude() {
    if (firstFailure == null) {
      call.setSuccessful(true);
      call.setResponseCodeOK();
      call.setResponseMessage("Call completed in " + call.getSubResults().length + " steps");
    } else {
      call.setSuccessful(false);
      call.setResponseCode(firstFailure.getResponseCode());
      call.setResponseMessage(firstFailure.getSampleLabel().substring(callLabel.length() + 3) + " failed: "
          + firstFailure.getResponseMessage());
    }
    if (call.getResponseDataAsString().isEmpty()) {
      call.setResponseData(outline.toString(), "UTF-8");
    }
  }
}
