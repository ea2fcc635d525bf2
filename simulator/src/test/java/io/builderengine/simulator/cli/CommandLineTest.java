package io.builderengine.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.simulator.SimulatorConfig;
import io.builderengine.simulator.fault.FaultField;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

  @Test
  void noArgumentsGiveTheDefaults() throws UsageException {
    CommandLine.Parsed parsed = CommandLine.parse();

    assertThat(parsed.helpRequested()).isFalse();
    assertThat(parsed.config()).isEqualTo(SimulatorConfig.defaults());
  }

  @Test
  void generalOptionsInBothSpellings() throws UsageException {
    SimulatorConfig config = CommandLine.parse("--port", "0", "--host=0.0.0.0",
        "--port-file", "/tmp/p", "--max-lifetime-seconds", "30", "--seed", "7",
        "--agents", "5", "--calls", "9", "--io-threads", "3", "--rate-limit-rps", "100",
        "--ring-ms", "10", "--answer-ms", "20").config();

    assertThat(config.port()).isZero();
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.portFile()).isEqualTo(Path.of("/tmp/p"));
    assertThat(config.maxLifetimeSeconds()).isEqualTo(30);
    assertThat(config.seed()).isEqualTo(7);
    assertThat(config.agents()).isEqualTo(5);
    assertThat(config.calls()).isEqualTo(9);
    assertThat(config.ioThreads()).isEqualTo(3);
    assertThat(config.rateLimitRps()).isEqualTo(100);
    assertThat(config.ringMillis()).isEqualTo(10);
    assertThat(config.answerMillis()).isEqualTo(20);
  }

  @Test
  void apiKeysAccumulateFromRepeatedFlagsAndCommaLists() throws UsageException {
    SimulatorConfig config =
        CommandLine.parse("--api-key", "a, b", "--api-key=c").config();

    assertThat(config.apiKeys()).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void faultFlagsSetTheStartupFaults() throws UsageException {
    SimulatorConfig config = CommandLine.parse("--error-rate", "0.1", "--error-status", "503",
        "--latency-ms", "50", "--jitter-ms", "20", "--ws-close-after-ms", "1000",
        "--path-prefix", "/api/v1/calls").config();

    assertThat(config.faults().errorRate()).isEqualTo(0.1);
    assertThat(config.faults().errorStatus()).isEqualTo(503);
    assertThat(config.faults().latencyMillis()).isEqualTo(50);
    assertThat(config.faults().jitterMillis()).isEqualTo(20);
    assertThat(config.faults().wsCloseAfterMillis()).isEqualTo(1000);
    assertThat(config.faults().pathPrefix()).isEqualTo("/api/v1/calls");
  }

  @Test
  void helpWinsAndListsEveryFlagWithItsDefault() throws UsageException {
    assertThat(CommandLine.parse("--port", "nonsense", "-h").helpRequested()).isTrue();

    String help = CommandLine.help();
    for (CliOption option : SimulatorOptions.all()) {
      assertThat(help).contains(option.flag() + " " + option.placeholder());
    }
    for (FaultField<?> field : FaultField.ALL) {
      assertThat(help).contains(field.flag());
    }
    assertThat(help).contains("--help", "(default: 8000)", "(default: 127.0.0.1)",
        "(default: 0.0)", "(default: 1011)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "--prot 8000              | unknown option --prot",
      "8000                     | unexpected argument '8000'",
      "--port                   | --port needs a value, e.g. --port 8000",
      "--port abc               | invalid value for --port: must be a whole number, got 'abc'",
      "--port 70000             | invalid value for --port: port must be from 0 to 65535",
      "--error-rate 2           | invalid value for --error-rate: must be a decimal from 0 to 1",
      "--ws-close-code 1005     | invalid value for --ws-close-code: must be a WebSocket close code",
      "--answer-ms 10 --ring-ms 50 | call timing needs 0 <= ring_ms <= answer_ms",
      "--error-rate 0.6 --stall-rate 0.6 | reset_rate + stall_rate + error_rate must not exceed 1"})
  void badCommandLinesNameTheFlagAndTheFix(String commandLine, String message) {
    assertThatThrownBy(() -> CommandLine.parse(commandLine.split(" ")))
        .isInstanceOf(UsageException.class).hasMessageStartingWith(message);
  }

  @Test
  void adminAllowRemoteIsASwitch() throws UsageException {
    assertThat(CommandLine.parse().config().adminAllowRemote()).isFalse();
    assertThat(CommandLine.parse("--admin-allow-remote", "--port", "0").config().adminAllowRemote()).isTrue();
    assertThat(CommandLine.parse("--admin-allow-remote=false").config().adminAllowRemote()).isFalse();
  }

  @Test
  void aTlsPasswordComesOnlyFromANamedEnvironmentVariable() {
    assertThatThrownBy(() -> CommandLine.parse("--tls-keystore", "/nonexistent/k.p12",
        "--tls-keystore-password-env", "BE_TEST_SURELY_UNSET_VARIABLE"))
        .isInstanceOf(UsageException.class)
        .hasMessage("invalid value for --tls-keystore-password-env: the environment variable"
            + " BE_TEST_SURELY_UNSET_VARIABLE is not set");
    assertThatThrownBy(() -> CommandLine.parse("--tls-keystore", "/nonexistent/k.p12"))
        .isInstanceOf(UsageException.class)
        .hasMessage("TLS key store /nonexistent/k.p12: no such file");
  }

  @Test
  void helpListsTheSecurityOptions() {
    assertThat(CommandLine.help()).contains("--tls-keystore FILE", "--tls-keystore-password-env VAR",
        "--admin-allow-remote ", "(default: loopback only)");
  }
}
