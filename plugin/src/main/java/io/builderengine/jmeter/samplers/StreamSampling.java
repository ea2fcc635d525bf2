package io.builderengine.jmeter.samplers;

import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.media.StreamSettings;
import java.nio.charset.StandardCharsets;
import org.apache.jmeter.samplers.SampleResult;

/** Fills a JMeter result from a stream's report, the same way for both samplers that stream. */
final class StreamSampling {

  private StreamSampling() {
  }

  /**
   * Sets JMeter's fields from the report: connect time = the WebSocket upgrade, latency = until the
   * server's first message, response code = the close code (or the failure's kind when there is
   * none), message = the failure or how the stream closed, body = every figure as JSON.
   *
   * @param result started and ended by the caller
   */
  static void fill(MediaStreamSampleResult result, StreamReport report, StreamSettings settings, String what) {
    long connect = Math.max(0, report.connectMillis());
    result.setConnectTime(connect);
    result.setLatency(report.firstMessageMillis() >= 0 ? connect + report.firstMessageMillis() : 0);
    result.setSuccessful(report.successful());
    result.setResponseCode(report.closeCode() > 0 ? Integer.toString(report.closeCode())
        : report.failure() != null ? report.failure().name() : "open");
    result.setResponseMessage(report.successful() ? closedText(report) : report.failureMessage());
    result.setSamplerData("GET " + settings.uri() + "\n" + what);
    result.setRequestHeaders(String.join("\n", settings.handshakeHeaders().keySet().stream()
        .map(name -> name + ": ****").toList()));
    result.setResponseData(StreamReports.json(report), StandardCharsets.UTF_8.name());
    result.setDataType(SampleResult.TEXT);
    result.setContentType("application/json");
    result.setBytes(report.bytesReceived());
    result.setSentBytes(report.bytesSent());
    result.setQuality(report);
  }

  private static String closedText(StreamReport report) {
    if (report.closeCode() < 0) {
      return "OK, kept open";
    }
    return "Closed " + report.closeCode() + (report.closeReason() == null || report.closeReason().isEmpty() ? ""
        : " (" + report.closeReason() + ")") + " by the " + (report.closedByServer() ? "server" : "client");
  }
}
