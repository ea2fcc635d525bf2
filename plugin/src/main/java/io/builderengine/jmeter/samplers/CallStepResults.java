package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.calls.CallStep;
import java.nio.charset.StandardCharsets;
import org.apache.jmeter.samplers.SampleResult;

/** Turns the HTTP steps of a call into JMeter sub-results, as JMeter's HTTP sampler fills its results. */
final class CallStepResults {

  private static final String CONTENT_TYPE = "application/json";

  private CallStepResults() {
  }

  /**
   * A finished result of one step, labelled {@code <call label> - <step>}, with JMeter's times taken
   * from the step (its start, elapsed, latency and connect time), status, message, headers and bodies.
   */
  static SampleResult of(CallStep step, String callLabel) {
    SampleResult result = SampleResult.createTestSample(step.startMillis(), step.startMillis() + step.elapsedMillis());
    result.setSampleLabel(callLabel + " - " + step.name());
    result.setLatency(step.latencyMillis());
    result.setConnectTime(step.connectMillis());
    result.setSuccessful(step.successful());
    result.setResponseCode(step.statusCode() == 0 ? "Non HTTP response code" : Integer.toString(step.statusCode()));
    result.setResponseMessage(step.message());
    result.setSamplerData(step.method() + " " + step.url() + (step.requestBody().isEmpty() ? "" : "\n\n" + step.requestBody()));
    result.setRequestHeaders(step.requestHeaders());
    result.setResponseHeaders(step.responseHeaders());
    result.setResponseData(step.responseBody(), StandardCharsets.UTF_8.name());
    result.setDataType(SampleResult.TEXT);
    result.setContentType(CONTENT_TYPE);
    result.setBytes(step.bytesReceived());
    result.setSentBytes(step.bytesSent());
    return result;
  }
}
