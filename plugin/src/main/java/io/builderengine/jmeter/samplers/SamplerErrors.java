package io.builderengine.jmeter.samplers;

import org.apache.jmeter.samplers.SampleResult;

/** A sample that could not start because of its settings, as JMeter's own samplers report one. */
final class SamplerErrors {

  static final String CODE = "Sampler error";

  private SamplerErrors() {
  }

  /** Fails the result with the message, stamped now with no elapsed time. */
  static <T extends SampleResult> T failed(T result, String message) {
    result.sampleStart();
    result.sampleEnd();
    result.setSuccessful(false);
    result.setResponseCode(CODE);
    result.setResponseMessage(message);
    result.setResponseData(message, "UTF-8");
    return result;
  }
}
