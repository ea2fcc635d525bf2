package io.builderengine.simulator.http;

/** The routes of one API area, added to the table at start-up. */
@FunctionalInterface
public interface RouteGroup {

  void addTo(RouteTable table);
}
