package io.builderengine.simulator.http;

import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * Ends a route with an error answer {@code {"detail": ...}}. Carries no stack trace: it is control
 * flow, thrown often under load.
 */
public final class ApiException extends RuntimeException {

  private final HttpResponseStatus status;
  private final transient Object detail;
  private final transient HttpHeaders headers;

  public ApiException(HttpResponseStatus status, Object detail, HttpHeaders headers) {
    super(String.valueOf(detail), null, false, false);
    this.status = status;
    this.detail = detail;
    this.headers = headers;
  }

  public ApiException(HttpResponseStatus status, String detail) {
    this(status, detail, EmptyHttpHeaders.INSTANCE);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpResponseStatus.NOT_FOUND, detail);
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(HttpResponseStatus.BAD_REQUEST, detail);
  }

  /**
   * A 422 in FastAPI's validation shape:
   * {@code {"detail":[{"type":..,"loc":[..],"msg":..}]}}.
   *
   * @param type FastAPI's error type, e.g. {@code missing} or {@code int_parsing}
   * @param message what is wrong, e.g. "Field required"
   * @param location where, e.g. {@code "body", "agent_id"} or {@code "query", "page"}
   */
  public static ApiException unprocessable(String type, String message, String... location) {
    return new ApiException(HttpResponseStatus.UNPROCESSABLE_ENTITY,
        List.of(new FieldError(type, List.of(location), message)), EmptyHttpHeaders.INSTANCE);
  }

  public ApiResponse toResponse() {
    ApiResponse response = ApiResponse.error(status, detail);
    return headers.isEmpty() ? response : response.withHeaders(headers);
  }

  /** One entry of a 422's detail list. */
  record FieldError(String type, List<String> loc, String msg) {
  }
}
