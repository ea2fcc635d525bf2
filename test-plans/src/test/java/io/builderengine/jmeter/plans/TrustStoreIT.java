package io.builderengine.jmeter.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.simulator.SelfSignedKeystore;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless {@code jmeter -n} run of quick.jmx against the simulator serving https with a
 * self-signed certificate: refused by default with one line and exit status 1, accepted without any
 * warning when the certificate is in the trust store given with {@code -Djavax.net.ssl.trustStore}.
 */
@Tag("faults")
class TrustStoreIT {

  @TempDir
  static Path certificates;
  private static Simulator simulator;
  private static Path trustStore;

  @TempDir
  Path folder;

  @BeforeAll
  static void startSimulator() throws Exception {
    simulator = Simulator.start(SimulatorConfig.defaults().withPort(0).withApiKeys(Set.of("sk_test_simulator"))
        .withTls(SelfSignedKeystore.forLoopback(certificates, "simulator-password")));
    KeyStore store = KeyStore.getInstance("JKS");
    store.load(null, null);
    try (InputStream pem = Files.newInputStream(certificates.resolve(SelfSignedKeystore.CERTIFICATE_FILE))) {
      store.setCertificateEntry("simulator", CertificateFactory.getInstance("X.509").generateCertificate(pem));
    }
    trustStore = certificates.resolve("truststore.jks");
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      store.store(out, "truststore-password".toCharArray());
    }
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @Test
  void withoutTheCertificateInATrustStoreTheRunStopsAtStartWithStatusOne() throws Exception {
    HeadlessJMeter.Run run = run(List.of());

    assertThat(run.exitStatus()).as("exit status; stdout: %s", run.stdoutText()).isEqualTo(1);
    assertThat(run.stderrText()).contains("Builder Engine Config: certificate of " + simulator.baseUrl()
        + " not trusted: no trusted certificate path");
    assertThat(Files.exists(run.results()) ? Files.readAllLines(run.results()).size() : 0)
        .as("result lines: the header at most").isLessThanOrEqualTo(1);
  }

  @Test
  void withTheCertificateInTheJvmTrustStoreTheRunPassesWithoutAWarning() throws Exception {
    HeadlessJMeter.Run run = run(List.of("-Djavax.net.ssl.trustStore=" + trustStore,
        "-Djavax.net.ssl.trustStoreType=JKS"));

    assertThat(run.exitStatus()).as("exit status; stdout: %s; stderr: %s", run.stdoutText(), run.stderrText())
        .isZero();
    List<String> results = Files.readAllLines(run.results());
    assertThat(results.subList(1, results.size())).hasSizeGreaterThan(10).allMatch(line -> line.contains(",true,"));
    assertThat(run.stdoutText()).doesNotContain("WARNING: target.tls").doesNotContain("simulator-password");
    assertThat(Files.readString(run.log())).contains("Certificate of " + simulator.baseUrl() + " trusted")
        .doesNotContain("simulator-password");
  }

  private HeadlessJMeter.Run run(List<String> jmeterArguments) throws Exception {
    return HeadlessJMeter.run(ShippedFiles.plan("quick.jmx"), Map.of("config", ShippedFiles.configFile(),
        "base_url", simulator.baseUrl(), "duration", "3", "output_dir", folder.resolve("summaries").toString()),
        Map.of(), folder, jmeterArguments);
  }
}
