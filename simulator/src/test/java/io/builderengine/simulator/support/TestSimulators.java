package io.builderengine.simulator.support;

import io.builderengine.simulator.SimulatorConfig;

/** Configurations for simulators started by tests: an ephemeral loopback port, one event loop. */
public final class TestSimulators {

  private TestSimulators() {
  }

  public static SimulatorConfig config() {
    return SimulatorConfig.defaults().withPort(0).withIoThreads(1);
  }
}
