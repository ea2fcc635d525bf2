package io.builderengine.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

  private static final RouteHandler ANY = request -> ApiResponse.error(HttpResponseStatus.OK, "");

  private final RouteTable table = new RouteTable()
      .add(HttpMethod.POST, "/api/v1/calls/outbound", RouteTable.Access.API_KEY, ANY)
      .add(HttpMethod.GET, "/api/v1/calls/{call_id}", RouteTable.Access.API_KEY, ANY)
      .add(HttpMethod.POST, "/api/v1/calls/{call_id}/end", RouteTable.Access.API_KEY, ANY);

  @Test
  void placeholdersCaptureOneSegment() {
    RouteTable.Lookup lookup = table.lookup(HttpMethod.POST, "/api/v1/calls/call_1/end");

    assertThat(lookup).isInstanceOfSatisfying(RouteTable.Found.class,
        found -> assertThat(found.pathParams()).isEqualTo(Map.of("call_id", "call_1")));
  }

  @Test
  void literalRoutesWinAndOtherMethodsStillMatchPlaceholders() {
    assertThat(table.lookup(HttpMethod.POST, "/api/v1/calls/outbound"))
        .isInstanceOfSatisfying(RouteTable.Found.class,
            found -> assertThat(found.pathParams()).isEmpty());
    assertThat(table.lookup(HttpMethod.GET, "/api/v1/calls/outbound"))
        .isInstanceOfSatisfying(RouteTable.Found.class,
            found -> assertThat(found.pathParams()).containsEntry("call_id", "outbound"));
  }

  @Test
  void knownPathWithAnotherMethodIsNotAllowedAndUnknownPathNotFound() {
    assertThat(table.lookup(HttpMethod.DELETE, "/api/v1/calls/call_1/end"))
        .isInstanceOfSatisfying(RouteTable.MethodNotAllowed.class,
            notAllowed -> assertThat(notAllowed.allowed()).containsExactly(HttpMethod.POST));
    assertThat(table.lookup(HttpMethod.GET, "/api/v1/calls/call_1/nope"))
        .isInstanceOf(RouteTable.NotFound.class);
    assertThat(table.lookup(HttpMethod.GET, "/api/v1/calls//end"))
        .as("an empty segment is no id").isInstanceOf(RouteTable.NotFound.class);
    assertThat(table.lookup(HttpMethod.GET, "/api/v1/calls/call_1/"))
        .as("trailing slash").isInstanceOf(RouteTable.NotFound.class);
  }
}
