package io.builderengine.jmeter.config.model;

import static io.builderengine.jmeter.config.model.ConfigFixture.edit;
import static io.builderengine.jmeter.config.model.ConfigFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.jmeter.tls.TlsTrust;
import io.builderengine.simulator.SelfSignedKeystore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code target.tls} and its overrides: which certificates a run trusts. */
class TlsConfigTest {

  @TempDir
  static Path certificates;
  private static Path pem;

  @TempDir
  Path directory;

  @BeforeAll
  static void makeCertificate() {
    SelfSignedKeystore.forLoopback(certificates, "password-1");
    pem = certificates.resolve(SelfSignedKeystore.CERTIFICATE_FILE);
  }

  private static String withTls(String tlsLines) {
    return edit(minimal(), "  organization_id: org_file", "  organization_id: org_file\n  tls:\n" + tlsLines);
  }

  private RunSettings run(String yaml, Map<String, String> commandLine, Map<String, String> environment) {
    return RunSettings.resolve(ConfigLoader.load(ConfigFixture.write(directory, yaml), environment), commandLine,
        environment);
  }

  @Test
  void withoutTheSectionTheJvmsTrustStoreDecides() {
    assertThat(run(minimal(), Map.of(), Map.of()).tls()).isEqualTo(TlsTrust.SYSTEM);
  }

  @Test
  void theFileOptsInAndTheCommandLineOrEnvironmentDecideLast() {
    assertThat(run(withTls("    trust_self_signed: true"), Map.of(), Map.of()).tls().trustSelfSigned()).isTrue();
    assertThat(run(withTls("    trust_self_signed: true"), Map.of("tls_trust_self_signed", "false"), Map.of())
        .tls().trustSelfSigned()).isFalse();
    assertThat(run(minimal(), Map.of("tls_trust_self_signed", "TRUE"), Map.of()).tls().trustSelfSigned()).isTrue();
    assertThat(run(withTls("    trust_self_signed: ${BE_TLS_TRUST_SELF_SIGNED:-false}"), Map.of(),
        Map.of("BE_TLS_TRUST_SELF_SIGNED", "true")).tls().trustSelfSigned()).isTrue();
  }

  @Test
  void aRelativeCaFileIsFoundBesideTheConfigFile() throws Exception {
    Files.copy(pem, directory.resolve("server.pem"));

    TlsTrust tls = run(withTls("    ca_file: server.pem"), Map.of(), Map.of()).tls();

    assertThat(tls.caFile()).isEqualTo(directory.resolve("server.pem"));
    assertThat(tls.trustSelfSigned()).isFalse();
  }

  @Test
  void theCommandLineCaFileReplacesTheFilesAndIsCheckedToo() {
    assertThat(run(minimal(), Map.of("tls_ca_file", pem.toString()), Map.of()).tls().caFile()).isEqualTo(pem);
    assertThatThrownBy(() -> run(minimal(), Map.of("tls_ca_file", "/nowhere/ca.pem"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("-Jtls_ca_file=/nowhere/ca.pem: /nowhere/ca.pem: no such file (looked in /nowhere/ca.pem)");
  }

  @Test
  void aMissingOrBrokenCaFileIsNamedWithItsKeyAndLine() throws Exception {
    Path config = directory.resolve("config.yaml");
    Files.writeString(directory.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n");

    assertThatThrownBy(() -> run(withTls("    ca_file: missing.pem"), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(config + ":6:14: target.tls.ca_file: " + directory.resolve("missing.pem")
            + ": no such file (looked in " + directory.resolve("missing.pem") + ")");
    assertThatThrownBy(() -> run(withTls("    ca_file: broken.pem"), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(config + ":6:14: target.tls.ca_file: " + directory.resolve("broken.pem")
            + " is not a PEM certificate file (");
  }

  @Test
  void theSettingsShowTheTrustButNoSecret() {
    RunSettings run = run(withTls("    trust_self_signed: true"), Map.of(), Map.of("BE_API_KEY", "sk_secret_value_1234"));

    assertThat(run.toString()).contains("tls=TlsTrust[trustSelfSigned=true, caFile=null]")
        .doesNotContain("sk_secret_value_1234");
  }
}
