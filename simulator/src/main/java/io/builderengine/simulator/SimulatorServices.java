package io.builderengine.simulator;

import io.builderengine.simulator.fault.FaultInjector;
import io.builderengine.simulator.http.AdminAccess;
import io.builderengine.simulator.http.ApiKeyAuthenticator;
import io.builderengine.simulator.http.ApiRouter;
import io.builderengine.simulator.http.FixedWindowRateLimiter;
import io.builderengine.simulator.http.HttpChannelInitializer;
import io.builderengine.simulator.http.HttpRequestDispatcher;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.http.routes.AdminRoutes;
import io.builderengine.simulator.http.routes.AgentRoutes;
import io.builderengine.simulator.http.routes.AnalyticsRoutes;
import io.builderengine.simulator.http.routes.CallControlRoutes;
import io.builderengine.simulator.http.routes.CallRoutes;
import io.builderengine.simulator.http.routes.HealthRoutes;
import io.builderengine.simulator.http.routes.PhoneNumberRoutes;
import io.builderengine.simulator.http.routes.WebSocketPathRoutes;
import io.builderengine.simulator.state.Agent;
import io.builderengine.simulator.state.CallRegistry;
import io.builderengine.simulator.state.SeedData;
import io.builderengine.simulator.state.SeedDataGenerator;
import io.builderengine.simulator.stats.SimulatorStats;
import io.builderengine.simulator.ws.WebSocketEndpoints;
import io.builderengine.simulator.ws.WebSocketUpgrader;
import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/** The simulator's parts, made from a config and connected to each other. */
final class SimulatorServices {

  /** The other party of created calls when no phone numbers are seeded. */
  private static final String FALLBACK_PLATFORM_NUMBER = "+15550000000";

  final CallRegistry calls;
  final FaultInjector faults;
  final HttpChannelInitializer channelInitializer;

  SimulatorServices(SimulatorConfig config, Clock clock) {
    SimulatorStats stats = new SimulatorStats();
    SeedData seed = SeedDataGenerator.generate(config.seed(), config.agents(), config.calls(),
        config.phoneNumbers(), clock.millis());
    calls = new CallRegistry(clock, config.callTiming(), config.maxStoredCalls(), seed.calls());
    // The overload figure: live calls plus media streams (each a phone call in progress).
    // A media stream of a known call is that call; one without a call stands for a call of its own.
    IntSupplier activeCalls = () -> calls.liveCount() + stats.openCallFreeMediaStreams();
    faults = new FaultInjector(config.faults(), activeCalls);

    ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(config.apiKeys());
    RouteTable routes = new RouteTable();
    for (RouteGroup group : List.of(
        new HealthRoutes(),
        new AgentRoutes(seed.agents()),
        new CallRoutes(calls, seed.agents().stream().map(Agent::id).collect(Collectors.toSet()),
            seed.organizationId(), platformNumber(seed)),
        new CallControlRoutes(calls, stats),
        new AnalyticsRoutes(calls, seed.agents(), stats),
        new PhoneNumberRoutes(seed.phoneNumbers()),
        new AdminRoutes(faults, stats, calls::liveCount, activeCalls),
        new WebSocketPathRoutes(WebSocketEndpoints.PATH_PATTERNS))) {
      group.addTo(routes);
    }
    ApiRouter router = new ApiRouter(routes, authenticator,
        new FixedWindowRateLimiter(config.rateLimitRps(), clock));
    WebSocketUpgrader webSockets = new WebSocketUpgrader(
        new WebSocketEndpoints(calls, faults, stats, authenticator, clock), authenticator);
    channelInitializer = new HttpChannelInitializer(
        new HttpRequestDispatcher(router, faults, webSockets, stats, new AdminAccess(config.adminAllowRemote())),
        faults, stats, config.tls() == null ? null : config.tls().sslContext());
  }

  private static String platformNumber(SeedData seed) {
    return seed.phoneNumbers().isEmpty()
        ? FALLBACK_PLATFORM_NUMBER : seed.phoneNumbers().get(0).number();
  }
}
