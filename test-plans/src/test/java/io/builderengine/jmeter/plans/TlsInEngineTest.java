package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.builderengine.simulator.SelfSignedKeystore;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.output.TeeOutputStream;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.apache.jmeter.samplers.SampleResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shipped plans on JMeter's real engine against the simulator serving https and wss with a
 * self-signed certificate: refused at start by default, run with an explicit trust.
 */
@Tag("faults")
class TlsInEngineTest {

  private static final String WARNING = "WARNING: target.tls.trust_self_signed is on";

  @TempDir
  static Path folder;
  private static Simulator simulator;
  private static Path certificate;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of("sk_test_simulator"))
        .withTls(SelfSignedKeystore.forLoopback(folder, "simulator-password")));
    certificate = folder.resolve(SelfSignedKeystore.CERTIFICATE_FILE);
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @Test
  void anUntrustedCertificateStopsTheApiPlanAtStartWithOneLine() {
    List<SampleResult> samples = new ArrayList<>();

    Throwable failure = catchThrowable(() -> samples.addAll(run("api.jmx", Map.of())));

    assertThat(failure).as("JMeter's HTTP sampler trusts any certificate: the config element must stop the run")
        .isNotNull();
    assertThat(ExceptionUtils.getThrowableList(failure)).extracting(Throwable::getMessage)
        .contains("Builder Engine Config: certificate of " + simulator.baseUrl() + " not trusted: no trusted"
            + " certificate path (self-signed, or signed by an authority the trust store does not hold); add it to"
            + " a trust store (-Djavax.net.ssl.trustStore) or set target.tls.ca_file or target.tls.trust_self_signed");
    assertThat(samples).isEmpty();
  }

  @Test
  void theSelfSignedOptInRunsCallsWithTheirWssStreamsAndWarnsOnce() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    List<SampleResult> calls = withConsoleCopiedTo(console, () -> run("calls.jmx", Map.of(
        "tls_trust_self_signed", "true", "users", "2", "duration", "3", "talk_seconds", "1", "call_operations", "1")));

    assertThat(calls).isNotEmpty().allSatisfy(call -> {
      assertThat(call.isSuccessful()).as(call.getResponseMessage()).isTrue();
      assertThat(Arrays.stream(call.getSubResults()).map(SampleResult::getSampleLabel)).contains("Call - media stream");
    });
    String printed = console.toString(StandardCharsets.UTF_8);
    assertThat(StringUtils.countMatches(printed, WARNING)).as("warnings in: %s", printed).isEqualTo(1);
    assertThat(printed).contains(WARNING + ": a self-signed certificate from 127.0.0.1 is trusted")
        .doesNotContain("simulator-password");
  }

  @Test
  void theCertificateAsCaFileRunsTheApiPlanWithoutAWarning() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    List<SampleResult> samples = withConsoleCopiedTo(console, () -> run("api.jmx", Map.of(
        "tls_ca_file", certificate.toString(), "users", "2", "rps", "10", "duration", "3")));

    assertThat(samples).hasSizeGreaterThan(5).allSatisfy(sample ->
        assertThat(sample.isSuccessful()).as(sample.getSampleLabel() + ": " + sample.getResponseMessage()).isTrue());
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(WARNING);
  }

  private static List<SampleResult> run(String plan, Map<String, String> overrides) {
    Map<String, String> properties = new HashMap<>(overrides);
    properties.put("config", ShippedFiles.configFile());
    properties.put("base_url", simulator.baseUrl());
    properties.putIfAbsent("ramp_up", "0");
    properties.putIfAbsent("ramp_down", "0");
    return EmbeddedJMeter.run(ShippedFiles.plan(plan), properties);
  }

  private static List<SampleResult> withConsoleCopiedTo(ByteArrayOutputStream copy,
      java.util.function.Supplier<List<SampleResult>> action) {
    PrintStream original = System.out;
    System.setOut(new PrintStream(new TeeOutputStream(original, copy), true, StandardCharsets.UTF_8));
    try {
      return action.get();
    } finally {
      System.setOut(original);
    }
  }
}
