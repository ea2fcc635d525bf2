package io.builderengine.simulator.cli;

import io.builderengine.simulator.ServerKeystore;
import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Every flag of the simulator's command line: the general options, then one per fault field. */
final class SimulatorOptions {

  /** The general options, in the order help lists them. */
  static final List<CliOption> GENERAL = List.of(
      option("--host", "HOST", "address to listen on", SimulatorConfig::host,
          SimulatorConfig::withHost),
      intOption("--port", "port to listen on; 0 picks a free one", SimulatorConfig::port,
          SimulatorConfig::withPort),
      new CliOption("--port-file", "PATH", "write the bound port here once listening "
          + "(atomically, via a temporary file and rename); deleted on stop",
          config -> "none", (config, text) -> config.withPortFile(Path.of(text))),
      longOption("--max-lifetime-seconds", "stop by itself after this many seconds; 0 = never",
          SimulatorConfig::maxLifetimeSeconds, SimulatorConfig::withMaxLifetimeSeconds),
      new CliOption("--api-key", "KEY", "accept only this API key; repeat the flag or give a "
          + "comma-separated list for several", config -> "any non-empty key",
          (config, text) -> config.withAdditionalApiKeys(apiKeys(text))),
      longOption("--seed", "seed of the generated agents, calls and numbers",
          SimulatorConfig::seed, SimulatorConfig::withSeed),
      intOption("--agents", "seeded agents", SimulatorConfig::agents,
          SimulatorConfig::withAgents),
      intOption("--calls", "seeded (ended) calls", SimulatorConfig::calls,
          SimulatorConfig::withCalls),
      intOption("--phone-numbers", "seeded phone numbers", SimulatorConfig::phoneNumbers,
          SimulatorConfig::withPhoneNumbers),
      intOption("--io-threads", "Netty event loop threads; defaults to the number of cores",
          SimulatorConfig::ioThreads, SimulatorConfig::withIoThreads),
      intOption("--rate-limit-rps", "requests per second per API key, fixed 1 s window; 0 = off",
          SimulatorConfig::rateLimitRps, SimulatorConfig::withRateLimitRps),
      longOption("--ring-ms", "a created call turns from initiated to ringing after this long",
          SimulatorConfig::ringMillis, SimulatorConfig::withRingMillis),
      longOption("--answer-ms", "a created call turns in_progress after this long",
          SimulatorConfig::answerMillis, SimulatorConfig::withAnswerMillis),
      longOption("--max-call-seconds", "a call completes by itself after this long",
          SimulatorConfig::maxCallSeconds, SimulatorConfig::withMaxCallSeconds),
      intOption("--max-stored-calls", "live calls beyond this are refused (503); ended calls "
          + "beyond this are forgotten, oldest first", SimulatorConfig::maxStoredCalls,
          SimulatorConfig::withMaxStoredCalls),
      new CliOption("--tls-keystore", "FILE", "serve https and wss (one port, TLS only) with the "
          + "first key of this PKCS12 key store", config -> "none, plain http",
          (config, text) -> config.withTls(new ServerKeystore(Path.of(text), keystorePassword(config)))),
      new CliOption("--tls-keystore-password-env", "VAR", "the environment variable that holds the "
          + "key store's password (a password on the command line would show in ps)", config -> "none",
          (config, text) -> config.withTls(new ServerKeystore(keystoreFile(config), environment(text)))),
      new CliOption("--admin-allow-remote", "", "let peers other than loopback ones use /admin/ "
          + "(fault injection, no credential); without it they get 403", config -> "loopback only",
          (config, text) -> config.withAdminAllowRemote(flag(text))));

  /** One flag per fault field, named after its JSON name: latency_ms is --latency-ms. */
  static final List<CliOption> FAULTS = FaultField.ALL.stream()
      .map(SimulatorOptions::faultOption).toList();

  private SimulatorOptions() {
  }

  static List<CliOption> all() {
    List<CliOption> all = new ArrayList<>(GENERAL);
    all.addAll(FAULTS);
    return all;
  }

  private static CliOption faultOption(FaultField<?> field) {
    return new CliOption(field.flag(), field.type().placeholder(), field.description(),
        config -> shown(field.get(config.faults())),
        (config, text) -> config.withFaults(field.withText(config.faults(), text)));
  }

  private static String shown(Object value) {
    return "".equals(value) ? "\"\"" : String.valueOf(value);
  }

  private static CliOption option(String flag, String placeholder, String description,
      Function<SimulatorConfig, Object> getter,
      BiFunction<SimulatorConfig, String, SimulatorConfig> setter) {
    return new CliOption(flag, placeholder, description,
        config -> String.valueOf(getter.apply(config)), setter);
  }

  private static CliOption intOption(String flag, String description,
      Function<SimulatorConfig, Object> getter,
      BiFunction<SimulatorConfig, Integer, SimulatorConfig> setter) {
    return option(flag, "N", description, getter,
        (config, text) -> setter.apply(config, wholeNumber(text, Integer::valueOf)));
  }

  private static CliOption longOption(String flag, String description,
      Function<SimulatorConfig, Object> getter,
      BiFunction<SimulatorConfig, Long, SimulatorConfig> setter) {
    return option(flag, "N", description, getter,
        (config, text) -> setter.apply(config, wholeNumber(text, Long::valueOf)));
  }

  private static <T extends Number> T wholeNumber(String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number, got '" + text + "'");
    }
  }

  private static String keystorePassword(SimulatorConfig config) {
    return config.tls() == null ? "" : config.tls().password();
  }

  private static Path keystoreFile(SimulatorConfig config) {
    return config.tls() == null ? null : config.tls().file();
  }

  private static String environment(String variable) {
    String value = System.getenv(variable);
    if (value == null) {
      throw new IllegalArgumentException("the environment variable " + variable + " is not set");
    }
    return value;
  }

  private static boolean flag(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("must be true or false, got '" + text + "'");
    };
  }

  private static Set<String> apiKeys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Arrays.stream(text.split(",")).map(String::trim).filter(k -> !k.isEmpty()).forEach(keys::add);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("must name at least one key, got '" + text + "'");
    }
    return keys;
  }
}
