package io.builderengine.simulator;

import io.builderengine.simulator.fault.FaultSettings;
import io.builderengine.simulator.state.CallTiming;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the simulator can be told at start-up. Immutable; start from {@link #defaults()} and
 * change options with the with-ers, e.g. {@code SimulatorConfig.defaults().withPort(0)}.
 *
 * <p>Each with-er rejects impossible values at once, naming the option. Combinations are checked
 * by {@link #validate()}, which {@link Simulator#start} calls, so with-ers chain in any order.
 *
 * @param host the address to listen on
 * @param port the port; 0 picks a free one
 * @param portFile where to write the bound port once listening, or null
 * @param maxLifetimeSeconds the simulator stops itself after this long; 0 = never
 * @param apiKeys the accepted API keys; empty = any non-empty key
 * @param seed decides every seeded id, name and status
 * @param agents seeded agents
 * @param calls seeded (ended) calls
 * @param phoneNumbers seeded phone numbers
 * @param ioThreads Netty event loop threads
 * @param rateLimitRps requests per second per API key; 0 = no limit
 * @param ringMillis a new call rings after this long
 * @param answerMillis a new call is answered (in progress) after this long
 * @param maxCallSeconds a call completes by itself after this long
 * @param maxStoredCalls cap on live calls (more are refused) and on ended calls kept
 * @param faults the fault settings at start-up
 * @param tls the key store to serve https and wss with, or null for plain http and ws
 * @param adminAllowRemote whether the admin endpoint answers peers other than loopback ones
 */
public record SimulatorConfig(
    String host,
    int port,
    Path portFile,
    long maxLifetimeSeconds,
    Set<String> apiKeys,
    long seed,
    int agents,
    int calls,
    int phoneNumbers,
    int ioThreads,
    int rateLimitRps,
    long ringMillis,
    long answerMillis,
    long maxCallSeconds,
    int maxStoredCalls,
    FaultSettings faults,
    ServerKeystore tls,
    boolean adminAllowRemote) {

  private static final int MAX_SEEDED = 1_000_000;

  public SimulatorConfig {
    require(host != null && !host.isBlank(), "host must not be empty");
    require(port >= 0 && port <= 65_535, "port must be from 0 to 65535, got " + port);
    require(maxLifetimeSeconds >= 0,
        "max_lifetime_seconds must be 0 (unlimited) or more, got " + maxLifetimeSeconds);
    apiKeys = Set.copyOf(Objects.requireNonNull(apiKeys, "apiKeys"));
    require(apiKeys.stream().noneMatch(String::isBlank), "api keys must not be empty");
    require(agents >= 1 && agents <= MAX_SEEDED,
        "agents must be from 1 to " + MAX_SEEDED + ", got " + agents);
    require(calls >= 0 && calls <= MAX_SEEDED,
        "calls must be from 0 to " + MAX_SEEDED + ", got " + calls);
    require(phoneNumbers >= 0 && phoneNumbers <= MAX_SEEDED,
        "phone_numbers must be from 0 to " + MAX_SEEDED + ", got " + phoneNumbers);
    require(ioThreads >= 1 && ioThreads <= 1024,
        "io_threads must be from 1 to 1024, got " + ioThreads);
    require(rateLimitRps >= 0, "rate_limit_rps must be 0 (off) or more, got " + rateLimitRps);
    require(ringMillis >= 0, "ring_ms must be 0 or more, got " + ringMillis);
    require(answerMillis >= 0, "answer_ms must be 0 or more, got " + answerMillis);
    require(maxCallSeconds >= 1, "max_call_seconds must be 1 or more, got " + maxCallSeconds);
    require(maxStoredCalls >= 1, "max_stored_calls must be 1 or more, got " + maxStoredCalls);
    Objects.requireNonNull(faults, "faults");
  }

  /**
   * 127.0.0.1:8000, any API key, seed 42 with 50 agents, 200 calls and 20 numbers, one event loop
   * per core, no rate limit, calls ringing after 200 ms and answered after 1 s, no faults, plain
   * http, admin endpoint for loopback peers only.
   */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig("127.0.0.1", 8000, null, 0, Set.of(), 42, 50, 200, 20,
        Runtime.getRuntime().availableProcessors(), 0, 200, 1_000, 3_600, 100_000,
        FaultSettings.none(), null, false);
  }

  /**
   * Checks combinations of options.
   *
   * @return this, for chaining
   * @throws IllegalArgumentException saying what to change
   */
  public SimulatorConfig validate() {
    callTiming();
    require(calls <= maxStoredCalls, "calls (" + calls + ") must not exceed max_stored_calls ("
        + maxStoredCalls + "): raise max_stored_calls or seed fewer calls");
    faults.validate();
    if (tls != null) {
      tls.sslContext(); // a missing file or wrong password is a start-up mistake, named now
    }
    return this;
  }

  /** How new calls progress. */
  public CallTiming callTiming() {
    return new CallTiming(ringMillis, answerMillis, maxCallSeconds * 1_000);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  public SimulatorConfig withHost(String value) {
    return new SimulatorConfig(value, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withPort(int value) {
    return new SimulatorConfig(host, value, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  /** @param value the file to write the bound port to, or null for none */
  public SimulatorConfig withPortFile(Path value) {
    return new SimulatorConfig(host, port, value, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withMaxLifetimeSeconds(long value) {
    return new SimulatorConfig(host, port, portFile, value, apiKeys, seed, agents, calls,
        phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  /** @param value the only keys accepted; empty accepts any non-empty key */
  public SimulatorConfig withApiKeys(Set<String> value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, value, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  /** Adds accepted keys to those already configured. */
  public SimulatorConfig withAdditionalApiKeys(Set<String> value) {
    Set<String> keys = new LinkedHashSet<>(apiKeys);
    keys.addAll(value);
    return withApiKeys(keys);
  }

  public SimulatorConfig withSeed(long value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, value, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withAgents(int value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, value,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withCalls(int value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        value, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withPhoneNumbers(int value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, value, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withIoThreads(int value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, value, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withRateLimitRps(int value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, value, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withRingMillis(long value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, value, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withAnswerMillis(long value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, value, maxCallSeconds,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withMaxCallSeconds(long value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, value,
        maxStoredCalls, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withMaxStoredCalls(int value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        value, faults, tls, adminAllowRemote);
  }

  public SimulatorConfig withFaults(FaultSettings value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, value, tls, adminAllowRemote);
  }

  /** @param value the key store for https and wss, or null for plain http and ws */
  public SimulatorConfig withTls(ServerKeystore value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, value, adminAllowRemote);
  }

  public SimulatorConfig withAdminAllowRemote(boolean value) {
    return new SimulatorConfig(host, port, portFile, maxLifetimeSeconds, apiKeys, seed, agents,
        calls, phoneNumbers, ioThreads, rateLimitRps, ringMillis, answerMillis, maxCallSeconds,
        maxStoredCalls, faults, tls, value);
  }
}
