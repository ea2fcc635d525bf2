package io.builderengine.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.builderengine.simulator.json.Json;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API request as a route sees it. Valid only while the route runs: the body buffer belongs to
 * Netty and is released afterwards.
 *
 * @param method the HTTP method
 * @param path the decoded path, without query
 * @param pathParams values of the route's {@code {placeholders}}
 * @param query decoded query parameters
 * @param headers request headers
 * @param body the request body, possibly empty
 */
public record ApiRequest(HttpMethod method, String path, Map<String, String> pathParams,
    Map<String, List<String>> query, HttpHeaders headers, ByteBuf body) {

  public static final String ORGANIZATION_HEADER = "X-Organization-ID";

  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** The first value of a query parameter. */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The caller's organization from {@code X-Organization-ID}, if sent. */
  public Optional<String> organizationId() {
    return Optional.ofNullable(headers.get(ORGANIZATION_HEADER)).filter(s -> !s.isBlank());
  }

  /**
   * The body as a JSON object.
   *
   * @throws ApiException 422 when the body is missing, not JSON or not an object
   */
  public JsonNode jsonObjectBody() {
    if (!body.isReadable()) {
      throw ApiException.unprocessable("missing", "Field required", "body");
    }
    JsonNode json;
    try {
      json = Json.parse(ByteBufUtil.getBytes(body));
    } catch (IOException e) {
      throw ApiException.unprocessable("json_invalid", "JSON decode error", "body");
    }
    if (json == null || !json.isObject()) {
      throw ApiException.unprocessable("model_attributes_type",
          "Input should be a valid dictionary or object to extract fields from", "body");
    }
    return json;
  }
}
