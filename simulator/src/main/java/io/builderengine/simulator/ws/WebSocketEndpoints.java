package io.builderengine.simulator.ws;

import io.builderengine.simulator.fault.FaultInjector;
import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.http.ApiKeyAuthenticator;
import io.builderengine.simulator.state.CallRegistry;
import io.builderengine.simulator.stats.SimulatorStats;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Clock;
import java.util.List;

/**
 * The WebSocket endpoints by path, and the handler each new connection gets:
 * {@code /ws} (control), {@code /media-stream[/{call_id}]} (Twilio media) and
 * {@code /ws/v1/stream?call_id=} (SDK events). Thread-safe.
 */
public final class WebSocketEndpoints {

  /** The endpoints' paths as route patterns. */
  public static final List<String> PATH_PATTERNS =
      List.of(Paths.CONTROL, Paths.MEDIA, Paths.MEDIA + "/{call_id}", Paths.SDK);

  private final CallRegistry calls;
  private final FaultInjector faults;
  private final SimulatorStats stats;
  private final ApiKeyAuthenticator authenticator;
  private final Clock clock;

  public WebSocketEndpoints(CallRegistry calls, FaultInjector faults, SimulatorStats stats,
      ApiKeyAuthenticator authenticator, Clock clock) {
    this.calls = calls;
    this.faults = faults;
    this.stats = stats;
    this.authenticator = authenticator;
    this.clock = clock;
  }

  boolean isEndpoint(String path) {
    return path.equals(Paths.CONTROL) || path.equals(Paths.SDK) || path.equals(Paths.MEDIA)
        || mediaCallId(path) != null;
  }

  /**
   * A handler for a new connection to an endpoint path.
   *
   * @throws ApiException 404 when {@code /media-stream/{call_id}} names an unknown call
   */
  WebSocketEndpointHandler handlerFor(QueryStringDecoder uri) {
    String path = uri.path();
    if (path.equals(Paths.CONTROL)) {
      return new ControlSocketHandler(stats, authenticator, clock);
    }
    if (path.equals(Paths.SDK)) {
      List<String> callIds = uri.parameters().get("call_id");
      return new SdkStreamHandler(stats, faults.planStreamFaults(path), calls,
          callIds == null ? null : callIds.get(0));
    }
    String callId = mediaCallId(path);
    if (callId != null && calls.find(callId).isEmpty()) {
      throw ApiException.notFound("Call not found");
    }
    return new MediaStreamHandler(stats, faults.planStreamFaults(path), clock, callId);
  }

  /** The call id of {@code /media-stream/{call_id}}, else null. */
  private static String mediaCallId(String path) {
    String prefix = Paths.MEDIA + "/";
    if (!path.startsWith(prefix)) {
      return null;
    }
    String callId = path.substring(prefix.length());
    return callId.isEmpty() || callId.contains("/") ? null : callId;
  }

  private static final class Paths {
    static final String CONTROL = "/ws";
    static final String MEDIA = "/media-stream";
    static final String SDK = "/ws/v1/stream";
  }
}
