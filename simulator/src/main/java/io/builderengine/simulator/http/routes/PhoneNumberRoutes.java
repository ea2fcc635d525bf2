package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.http.ApiResponse;
import io.builderengine.simulator.http.PageRequest;
import io.builderengine.simulator.http.RouteGroup;
import io.builderengine.simulator.http.RouteTable;
import io.builderengine.simulator.state.PhoneNumber;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/** {@code GET /api/v1/phone-numbers} over the seeded numbers, encoded once at start-up. */
public final class PhoneNumberRoutes implements RouteGroup {

  private final PreEncodedList list;

  public PhoneNumberRoutes(List<PhoneNumber> numbers) {
    this.list = new PreEncodedList("numbers", true, numbers);
  }

  @Override
  public void addTo(RouteTable table) {
    table.add(HttpMethod.GET, "/api/v1/phone-numbers", RouteTable.Access.API_KEY, request ->
        ApiResponse.preEncoded(HttpResponseStatus.OK, list.page(PageRequest.from(request))));
  }
}
