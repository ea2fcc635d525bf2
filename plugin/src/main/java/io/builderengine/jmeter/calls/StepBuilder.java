package io.builderengine.jmeter.calls;

import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;

/**
 * Collects the parts of a {@link CallStep} as an exchange progresses, so that a failure half-way
 * (a timeout while reading the body) still reports the status and headers that did arrive.
 *
 * <p>Not thread-safe: one per exchange.
 */
final class StepBuilder {

  private final String name;
  private final String method;
  private final String url;
  private final long startMillis;
  private final String requestBody;
  private String requestHeaders = "";
  private int statusCode;
  private String reasonPhrase = "";
  private String responseHeaders = "";
  private String responseBody = "";

  StepBuilder(String name, String method, String url, long startMillis, String requestBody) {
    this.name = name;
    this.method = method;
    this.url = url;
    this.startMillis = startMillis;
    this.requestBody = requestBody;
  }

  void requestHeaders(HttpRequest sent) {
    requestHeaders = HeaderText.of(sent);
  }

  void response(HttpResponse response) {
    statusCode = response.getStatusLine().getStatusCode();
    reasonPhrase = response.getStatusLine().getReasonPhrase();
    responseHeaders = HeaderText.of(response);
  }

  void responseBody(String body) {
    responseBody = body;
  }

  /** The whole answer arrived: success is a 2xx or 3xx status, as in the old suite. */
  CallStep answered(ExchangeMeter meter, long endNanos) {
    boolean successful = statusCode >= 200 && statusCode < 400;
    String message = successful
        ? "OK"
        : "HTTP " + statusCode + ": " + ErrorDetail.of(responseBody, reasonPhrase);
    return build(successful, message, meter, endNanos);
  }

  CallStep failed(String message, ExchangeMeter meter, long endNanos) {
    return build(false, message, meter, endNanos);
  }

  private CallStep build(boolean successful, String message, ExchangeMeter meter, long endNanos) {
    return new CallStep(name, method, url, startMillis, meter.elapsedMillis(endNanos),
        meter.connectMillis(), meter.latencyMillis(), statusCode, successful, message, requestBody,
        responseBody, meter.bytesSent(), meter.bytesReceived(), requestHeaders, responseHeaders);
  }
}
