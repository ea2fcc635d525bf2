package io.builderengine.jmeter.calls;

import java.io.IOException;
import org.apache.http.HttpClientConnection;
import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.protocol.HttpContext;
import org.apache.http.protocol.HttpRequestExecutor;

/**
 * HttpClient's request executor, telling the request's {@link ExchangeMeter} when the request
 * starts on a connection and when the response's status line and headers have been read (the
 * latency). Stateless and thread-safe, as HttpClient requires.
 */
final class MeteringRequestExecutor extends HttpRequestExecutor {

  @Override
  public HttpResponse execute(HttpRequest request, HttpClientConnection connection,
      HttpContext context) throws IOException, HttpException {
    ExchangeMeter meter = ExchangeMeter.of(context);
    if (meter != null) {
      meter.requestStarting(connection.getMetrics());
    }
    return super.execute(request, connection, context);
  }

  @Override
  protected HttpResponse doReceiveResponse(HttpRequest request, HttpClientConnection connection,
      HttpContext context) throws HttpException, IOException {
    HttpResponse response = super.doReceiveResponse(request, connection, context);
    ExchangeMeter meter = ExchangeMeter.of(context);
    if (meter != null) {
      meter.headersReceived(System.nanoTime());
    }
    return response;
  }
}
