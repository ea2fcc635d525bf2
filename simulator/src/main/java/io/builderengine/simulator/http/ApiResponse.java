package io.builderengine.simulator.http;

import io.builderengine.simulator.json.Json;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;

/**
 * A JSON answer to an API request: status, UTF-8 body and extra headers. Immutable, so hot routes
 * keep pre-built instances whose body bytes are encoded once.
 */
public final class ApiResponse {

  private final HttpResponseStatus status;
  private final byte[] body;
  private final HttpHeaders extraHeaders;

  private ApiResponse(HttpResponseStatus status, byte[] body, HttpHeaders extraHeaders) {
    this.status = status;
    this.body = body;
    this.extraHeaders = extraHeaders;
  }

  /** An answer whose body is already UTF-8 JSON; the array must not change afterwards. */
  public static ApiResponse preEncoded(HttpResponseStatus status, byte[] json) {
    return new ApiResponse(status, json, EmptyHttpHeaders.INSTANCE);
  }

  /** An answer whose body is a value encoded with {@link Json}. */
  public static ApiResponse json(HttpResponseStatus status, Object value) {
    return preEncoded(status, Json.bytes(value));
  }

  /** The platform's error shape: {@code {"detail": ...}}. */
  public static ApiResponse error(HttpResponseStatus status, Object detail) {
    return json(status, Map.of("detail", detail));
  }

  public HttpResponseStatus status() {
    return status;
  }

  /** A copy with one more header. */
  public ApiResponse withHeader(CharSequence name, Object value) {
    HttpHeaders headers = new DefaultHttpHeaders().add(extraHeaders).add(name, value);
    return new ApiResponse(status, body, headers);
  }

  /** A copy with more headers. */
  public ApiResponse withHeaders(HttpHeaders more) {
    return new ApiResponse(status, body, new DefaultHttpHeaders().add(extraHeaders).add(more));
  }

  /** A Netty response sharing this answer's body bytes (wrapped, not copied). */
  public FullHttpResponse toNetty() {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
        Unpooled.wrappedBuffer(body));
    response.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    if (!extraHeaders.isEmpty()) {
      response.headers().add(extraHeaders);
    }
    return response;
  }
}
