package io.builderengine.jmeter.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The reference simulator on an ephemeral loopback port for one test class, with its faults
 * cleared after each test. Register as a static {@code @RegisterExtension} field.
 */
final class SimulatedPlatform implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  static final int CONNECT_TIMEOUT_MILLIS = 2_000;
  static final int RESPONSE_TIMEOUT_MILLIS = 5_000;

  private final SimulatorConfig config;
  private Simulator sim;

  SimulatedPlatform() {
    this(config());
  }

  SimulatedPlatform(SimulatorConfig config) {
    this.config = config;
  }

  /** One event loop: its thread starts with the first connection and is named "simulator-io-...". */
  static SimulatorConfig config() {
    return SimulatorConfig.defaults().withPort(0).withIoThreads(1);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sim = Simulator.start(config);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    sim.setFaults(FaultSettings.none());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sim.close();
  }

  Simulator sim() {
    return sim;
  }

  String baseUrl() {
    return sim.baseUrl();
  }

  CallTarget target(String apiKey) {
    return target(sim, apiKey);
  }

  static CallTarget target(Simulator sim, String apiKey) {
    return new CallTarget(sim.baseUrl(), apiKey, "", CONNECT_TIMEOUT_MILLIS, RESPONSE_TIMEOUT_MILLIS);
  }

  /** TCP connections the simulator accepted so far, from {@code GET /admin/stats} (which adds one). */
  long connectionsAccepted() {
    try {
      HttpURLConnection stats = (HttpURLConnection) new URL(sim.baseUrl() + "/admin/stats").openConnection();
      stats.setRequestProperty("Connection", "close");
      try (InputStream in = stats.getInputStream()) {
        return new ObjectMapper().readTree(in).path("connections_accepted").asLong(-1);
      } finally {
        stats.disconnect();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
