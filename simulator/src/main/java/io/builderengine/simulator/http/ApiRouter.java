package io.builderengine.simulator.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.stream.Collectors;

/**
 * Turns a request into an answer: finds the route, checks the API key and the rate limit where the
 * route needs them, runs it, and maps {@link ApiException}s to {@code {"detail": ...}} answers.
 * Thread-safe; runs on the event loops.
 */
public final class ApiRouter {

  private static final ApiResponse NOT_FOUND =
      ApiResponse.error(HttpResponseStatus.NOT_FOUND, "Not Found");
  private static final System.Logger LOG = System.getLogger(ApiRouter.class.getName());
  private static final ApiResponse INTERNAL_ERROR =
      ApiResponse.error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "Internal Server Error");
  private static final ApiResponse RATE_LIMITED =
      ApiResponse.error(HttpResponseStatus.TOO_MANY_REQUESTS, "Rate limit exceeded");

  private final RouteTable routes;
  private final ApiKeyAuthenticator authenticator;
  private final FixedWindowRateLimiter rateLimiter;

  public ApiRouter(RouteTable routes, ApiKeyAuthenticator authenticator,
      FixedWindowRateLimiter rateLimiter) {
    this.routes = routes;
    this.authenticator = authenticator;
    this.rateLimiter = rateLimiter;
  }

  /**
   * @param uri the decoded request target
   * @param body the request body, valid during this call only
   */
  public ApiResponse handle(HttpMethod method, QueryStringDecoder uri, HttpHeaders headers,
      ByteBuf body) {
    RouteTable.Lookup lookup = routes.lookup(method, uri.path());
    if (lookup instanceof RouteTable.MethodNotAllowed notAllowed) {
      return ApiResponse.error(HttpResponseStatus.METHOD_NOT_ALLOWED, "Method Not Allowed")
          .withHeader(HttpHeaderNames.ALLOW, notAllowed.allowed().stream()
              .map(HttpMethod::name).collect(Collectors.joining(", ")));
    }
    if (!(lookup instanceof RouteTable.Found found)) {
      return NOT_FOUND;
    }
    RateLimitDecision limit = RateLimitDecision.UNLIMITED;
    ApiResponse response;
    try {
      if (found.route().access() == RouteTable.Access.API_KEY) {
        limit = rateLimiter.acquire(authenticator.authenticate(headers));
      }
      response = limit.allowed()
          ? found.route().handler().handle(new ApiRequest(method, uri.path(), found.pathParams(),
              uri.parameters(), headers, body))
          : RATE_LIMITED;
    } catch (ApiException e) {
      response = e.toResponse();
    } catch (RuntimeException e) {
      // A simulator bug; answer like a server would and leave a trace for whoever runs it.
      LOG.log(System.Logger.Level.ERROR, "route " + method + " " + uri.path() + " failed", e);
      response = INTERNAL_ERROR;
    }
    return limit == RateLimitDecision.UNLIMITED ? response : response.withHeaders(limit.headers());
  }
}
