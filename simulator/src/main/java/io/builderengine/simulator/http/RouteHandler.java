package io.builderengine.simulator.http;

/** Answers the requests of one route. Runs on a Netty event loop: it must never block. */
@FunctionalInterface
public interface RouteHandler {

  /**
   * @throws ApiException for error answers
   */
  ApiResponse handle(ApiRequest request);
}
