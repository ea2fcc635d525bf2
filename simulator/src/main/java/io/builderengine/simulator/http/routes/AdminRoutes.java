package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.fault.FaultInjector;
import io.builderengine.simulator.fault.FaultSettingsJson;
import io.builderengine.simulator.http.ApiException;
import io.builderengine.simulator.http.ApiRequest;
import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.json.Json;
import io.builderengine.simulator.stats.SimulatorStats;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.function.IntSupplier;

/**
 * The admin endpoint: read and change fault settings at run time, read counters. No API key (the
 * simulator listens on loopback) and never subject to faults.
 *
 * <ul>
 *   <li>{@code GET /admin/faults}: the current settings
 *   <li>{@code PUT|POST /admin/faults}: partial update from a JSON object; 400 names a bad field
 *   <li>{@code DELETE /admin/faults}: back to the start-up settings
 *   <li>{@code GET /admin/stats}: counters
 * </ul>
 */
public final class AdminRoutes implements RouteGroup {

  private final FaultInjector faults;
  private final SimulatorStats stats;
  private final IntSupplier liveCalls;
  private final IntSupplier activeCalls;

  /**
   * @param liveCalls calls not ended
   * @param activeCalls the overload figure: live calls plus open media streams of no call
   */
  public AdminRoutes(FaultInjector faults, SimulatorStats stats, IntSupplier liveCalls,
      IntSupplier activeCalls) {
    this.faults = faults;
    this.stats = stats;
    this.liveCalls = liveCalls;
    this.activeCalls = activeCalls;
  }

  @Override
  public void addTo(RouteTable table) {
    RouteTable.Access open = RouteTable.Access.OPEN;
    table.add(HttpMethod.GET, "/admin/faults", open, request -> currentFaults())
        .add(HttpMethod.PUT, "/admin/faults", open, this::updateFaults)
        .add(HttpMethod.POST, "/admin/faults", open, this::updateFaults)
        .add(HttpMethod.DELETE, "/admin/faults", open, request -> {
          faults.reset();
          return currentFaults();
        })
        .add(HttpMethod.GET, "/admin/stats", open, request -> ApiResponse.json(
            HttpResponseStatus.OK,
            stats.snapshot(liveCalls.getAsInt(), activeCalls.getAsInt())));
  }

  private ApiResponse currentFaults() {
    return ApiResponse.json(HttpResponseStatus.OK, FaultSettingsJson.toMap(faults.current()));
  }

  private ApiResponse updateFaults(ApiRequest request) {
    try {
      faults.install(FaultSettingsJson.applyUpdate(faults.current(),
          Json.parse(ByteBufUtil.getBytes(request.body()))));
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not JSON; send an object of fault fields, "
          + "e.g. {\"latency_ms\":50}");
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    return currentFaults();
  }
}
