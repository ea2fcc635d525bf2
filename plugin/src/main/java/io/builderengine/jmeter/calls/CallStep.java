package io.builderengine.jmeter.calls;

/**
 * One HTTP exchange of a simulated call, ready to become a JMeter sub-result. Immutable.
 *
 * <p>Times follow JMeter's conventions: {@code latencyMillis} and {@code connectMillis} count from
 * the step's start, so latency includes the connect time, and elapsed includes reading the whole
 * body. Byte counts are what crossed the socket, as JMeter's HttpClient 4 sampler counts them:
 * request line, headers and body sent; status line, headers and body received (compressed size if
 * the server compressed it). TLS overhead is not counted.
 *
 * @param name the step, e.g. "initiate", "status", "hold", "resume", "transfer", "recording", "end"
 * @param method the HTTP method
 * @param url the full request URL
 * @param startMillis when the step started, epoch milliseconds
 * @param elapsedMillis from start to the last byte of the response (or to the failure)
 * @param connectMillis from start to an open connection (time spent trying, when connecting
 *     failed); 0 when a kept-alive connection was reused
 * @param latencyMillis from start to the response's status line and headers; 0 without a response
 * @param statusCode the HTTP status, 0 when no response arrived
 * @param successful whether a response with status 200 to 399 arrived (and, for "initiate", carried
 *     a call id)
 * @param message "OK", or why the step failed, e.g. "HTTP 404: Call not found", "Read timed out
 *     after 30000 ms: POST http://127.0.0.1:8000/api/v1/calls", "Connection refused:
 *     http://127.0.0.1:9"
 * @param requestBody the JSON sent, empty when none
 * @param responseBody the first {@value CallApiClient#MAX_KEPT_BODY_BYTES} bytes of the body (the
 *     rest is read and counted, not kept), decoded; empty when none
 * @param bytesSent bytes written to the socket
 * @param bytesReceived bytes read from the socket
 * @param requestHeaders the request headers as sent, one "Name: value" a line, with the API key
 *     masked
 * @param responseHeaders the status line, then one "Name: value" a line, as JMeter shows them;
 *     empty without a response
 */
public record CallStep(
    String name,
    String method,
    String url,
    long startMillis,
    long elapsedMillis,
    long connectMillis,
    long latencyMillis,
    int statusCode,
    boolean successful,
    String message,
    String requestBody,
    String responseBody,
    long bytesSent,
    long bytesReceived,
    String requestHeaders,
    String responseHeaders) {

  /** The same exchange judged a failure, e.g. a 200 without the expected content. */
  CallStep failedBecause(String reason) {
    return new CallStep(name, method, url, startMillis, elapsedMillis, connectMillis, latencyMillis,
        statusCode, false, reason, requestBody, responseBody, bytesSent, bytesReceived,
        requestHeaders, responseHeaders);
  }
}
