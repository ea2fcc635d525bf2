package io.builderengine.simulator.http;

import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes by method and path. Literal paths ({@code /api/v1/calls/outbound}) are looked up in a
 * map first and win over placeholder patterns ({@code /api/v1/calls/{call_id}}), which are tried
 * in registration order. A literal match allocates nothing, which keeps the health route cheap.
 * Filled at start-up, read-only afterwards.
 */
public final class RouteTable {

  /** Who may call a route. */
  public enum Access {
    /** Anyone: health, admin, WebSocket paths. */
    OPEN,
    /** Callers with an accepted API key; rate limited when limiting is on. */
    API_KEY
  }

  /** One route. */
  record Route(HttpMethod method, PathPattern pattern, Access access, RouteHandler handler) {
  }

  /** The result of looking a request up. */
  sealed interface Lookup permits Found, MethodNotAllowed, NotFound {
  }

  record Found(Route route, Map<String, String> pathParams) implements Lookup {
  }

  record MethodNotAllowed(Set<HttpMethod> allowed) implements Lookup {
  }

  record NotFound() implements Lookup {
  }

  private static final NotFound NOT_FOUND = new NotFound();

  /** Literal routes by path, each found without placeholders (pre-built, shared). */
  private final Map<String, List<Found>> literalRoutes = new HashMap<>();
  private final List<Route> patternRoutes = new ArrayList<>();

  public RouteTable add(HttpMethod method, String pattern, Access access, RouteHandler handler) {
    PathPattern path = PathPattern.of(pattern);
    Route route = new Route(method, path, access, handler);
    if (path.isLiteral()) {
      literalRoutes.computeIfAbsent(pattern, p -> new ArrayList<>()).add(new Found(route, Map.of()));
    } else {
      patternRoutes.add(route);
    }
    return this;
  }

  Lookup lookup(HttpMethod method, String path) {
    Set<HttpMethod> allowed = null;
    for (Found literal : literalRoutes.getOrDefault(path, List.of())) {
      if (literal.route().method().equals(method)) {
        return literal;
      }
      allowed = allow(allowed, literal.route());
    }
    String[] segments = PathPattern.split(path);
    for (Route route : patternRoutes) {
      Map<String, String> params = route.pattern().match(segments);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Found(route, params);
      }
      allowed = allow(allowed, route);
    }
    return allowed == null ? NOT_FOUND : new MethodNotAllowed(allowed);
  }

  private static Set<HttpMethod> allow(Set<HttpMethod> allowed, Route route) {
    Set<HttpMethod> methods = allowed == null ? new LinkedHashSet<>() : allowed;
    methods.add(route.method());
    return methods;
  }
}
