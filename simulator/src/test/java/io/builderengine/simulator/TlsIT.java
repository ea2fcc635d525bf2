package io.builderengine.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.builderengine.simulator.support.TestSimulators;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator serving https from a PKCS12 key store, on loopback. */
class TlsIT {

  private static final String PASSWORD = "simulator-test-password";

  @TempDir
  static Path folder;
  private static ServerKeystore keystore;

  @BeforeAll
  static void makeKeystore() {
    keystore = SelfSignedKeystore.forLoopback(folder, PASSWORD);
  }

  @Test
  void servesHttpsToAClientThatTrustsItsCertificateAndAdminStillAnswersLoopback() throws Exception {
    try (Simulator simulator = Simulator.start(TestSimulators.config().withTls(keystore))) {
      assertThat(simulator.baseUrl()).startsWith("https://127.0.0.1:");
      HttpClient trusting = HttpClient.newBuilder()
          .sslContext(trusting(folder.resolve(SelfSignedKeystore.CERTIFICATE_FILE))).build();

      HttpResponse<String> health = trusting.send(
          HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> stats = trusting.send(
          HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/admin/stats")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"healthy\"");
      assertThat(stats.statusCode()).as("admin from 127.0.0.1").isEqualTo(200);
    }
  }

  @Test
  void aClientWithTheDefaultTrustRefusesTheSelfSignedCertificate() {
    try (Simulator simulator = Simulator.start(TestSimulators.config().withTls(keystore))) {
      HttpRequest health = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/health")).build();

      assertThatThrownBy(() -> HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  void aWrongPasswordStopsTheStartNamingTheFileButNotThePassword() {
    ServerKeystore wrong = new ServerKeystore(keystore.file(), "not-the-password");

    assertThatThrownBy(() -> Simulator.start(TestSimulators.config().withTls(wrong)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TLS key store " + keystore.file())
        .hasMessageContaining("--tls-keystore-password-env")
        .hasMessageNotContaining("not-the-password");
    assertThat(wrong.toString()).doesNotContain("not-the-password");
  }

  private static SSLContext trusting(Path pem) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(pem)) {
      store.setCertificateEntry("simulator", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
