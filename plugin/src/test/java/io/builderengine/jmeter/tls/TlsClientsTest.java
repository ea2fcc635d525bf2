package io.builderengine.jmeter.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.builderengine.jmeter.calls.CallApiClient;
import io.builderengine.jmeter.calls.CallStep;
import io.builderengine.jmeter.calls.CallTarget;
import io.builderengine.jmeter.media.AudioEncoding;
import io.builderengine.jmeter.media.AudioSources;
import io.builderengine.jmeter.media.MediaStreamSession;
import io.builderengine.jmeter.media.StreamEndpoint;
import io.builderengine.jmeter.media.StreamReport;
import io.builderengine.jmeter.media.StreamSettings;
import io.builderengine.simulator.SelfSignedKeystore;
import io.builderengine.simulator.Simulator;
import io.builderengine.simulator.SimulatorConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our own clients (the call API's HttpClient, the media stream's WebSocket client) against the
 * simulator serving https and wss with a self-signed certificate: refused by default, accepted only
 * with an explicit trust, and the host name checked in every case.
 */
@Tag("faults")
class TlsClientsTest {

  private static final String NOT_TRUSTED = "Certificate not trusted (no trusted certificate path (self-signed, or"
      + " signed by an authority the trust store does not hold)): ";

  @TempDir
  static Path folder;
  /** Certificate for 127.0.0.1 and localhost. */
  private static Simulator loopback;
  private static Path loopbackPem;
  /** Certificate for another name only: the host name check must refuse it on 127.0.0.1. */
  private static Simulator misnamed;
  private static Path misnamedPem;

  @BeforeAll
  static void startSimulators() throws Exception {
    Path loopbackFolder = Files.createDirectory(folder.resolve("loopback"));
    Path misnamedFolder = Files.createDirectory(folder.resolve("misnamed"));
    loopback = Simulator.start(config().withTls(SelfSignedKeystore.forLoopback(loopbackFolder, "password-1")));
    misnamed = Simulator.start(config().withTls(
        SelfSignedKeystore.create(misnamedFolder, "password-2", "dns:platform.example.test")));
    loopbackPem = loopbackFolder.resolve(SelfSignedKeystore.CERTIFICATE_FILE);
    misnamedPem = misnamedFolder.resolve(SelfSignedKeystore.CERTIFICATE_FILE);
  }

  @AfterAll
  static void stopSimulators() {
    loopback.close();
    misnamed.close();
  }

  private static SimulatorConfig config() {
    return SimulatorConfig.defaults().withPort(0).withIoThreads(1);
  }

  @Test
  void callsRefuseASelfSignedCertificateByDefaultNamingTheCauseAndTheFix() {
    CallStep step = unknownCallStatus(loopback, TlsTrust.SYSTEM);

    assertThat(step.successful()).isFalse();
    assertThat(step.statusCode()).isZero();
    assertThat(step.message()).isEqualTo(NOT_TRUSTED + loopback.baseUrl() + "; " + CertificateProblems.HINT);
  }

  @Test
  void callsGoThroughWithTheCertificateAsCaFileOrWithTheSelfSignedOptIn() {
    CallStep withCaFile = unknownCallStatus(loopback, new TlsTrust(false, loopbackPem));
    CallStep withOptIn = unknownCallStatus(loopback, new TlsTrust(true, null));

    assertThat(withCaFile.statusCode()).as(withCaFile.message()).isEqualTo(404);
    assertThat(withOptIn.statusCode()).as(withOptIn.message()).isEqualTo(404);
  }

  @Test
  void callsCheckTheHostNameEvenWhenTheCertificateIsTrusted() {
    CallStep optIn = unknownCallStatus(misnamed, new TlsTrust(true, null));
    CallStep caFile = unknownCallStatus(misnamed, new TlsTrust(false, misnamedPem));

    assertThat(new CallStep[] {optIn, caFile}).allSatisfy(step -> {
      assertThat(step.successful()).isFalse();
      assertThat(step.message()).startsWith("Certificate not trusted (Certificate for <127.0.0.1> doesn't match")
          .contains("platform.example.test");
    });
  }

  @Test
  void streamsRefuseASelfSignedCertificateByDefault() {
    StreamReport report = stream(loopback, TlsTrust.SYSTEM);

    assertThat(report.successful()).isFalse();
    assertThat(report.failureMessage()).isEqualTo(NOT_TRUSTED + "wss://127.0.0.1:" + loopback.port()
        + "/media-stream; " + CertificateProblems.HINT);
  }

  @Test
  void streamsGoThroughWithTheCertificateAsCaFileOrWithTheSelfSignedOptIn() {
    StreamReport withCaFile = stream(loopback, new TlsTrust(false, loopbackPem));
    StreamReport withOptIn = stream(loopback, new TlsTrust(true, null));

    assertThat(withCaFile.successful()).as(withCaFile.failureMessage()).isTrue();
    assertThat(withCaFile.framesSent()).isEqualTo(10);
    assertThat(withOptIn.successful()).as(withOptIn.failureMessage()).isTrue();
  }

  @Test
  void streamsCheckTheHostNameEvenWhenTheCertificateIsTrusted() {
    StreamReport report = stream(misnamed, new TlsTrust(true, null));

    assertThat(report.successful()).isFalse();
    assertThat(report.failureMessage()).startsWith("Certificate not trusted (No subject alternative names matching"
        + " IP address 127.0.0.1 found): wss://127.0.0.1:");
  }

  @Test
  void theStartUpCheckSaysWhyOrNothing() throws Exception {
    URI base = URI.create(loopback.baseUrl());

    assertThat(CertificateCheck.untrustedReason(base, TlsTrust.SYSTEM, 2_000)).hasValue(
        "no trusted certificate path (self-signed, or signed by an authority the trust store does not hold)");
    assertThat(CertificateCheck.untrustedReason(base, new TlsTrust(false, loopbackPem), 2_000)).isEmpty();
    assertThat(CertificateCheck.untrustedReason(URI.create(misnamed.baseUrl()), new TlsTrust(true, null), 2_000))
        .hasValue("No subject alternative names matching IP address 127.0.0.1 found");
  }

  /** The status of a call the simulator does not know: HTTP 404 when TLS let the request through. */
  private static CallStep unknownCallStatus(Simulator simulator, TlsTrust trust) {
    CallTarget target = new CallTarget(simulator.baseUrl(), "sk-test", "", 2_000, 5_000, trust);
    try (CallApiClient client = new CallApiClient(target)) {
      return client.status("call_0123456789ab");
    }
  }

  private static StreamReport stream(Simulator simulator, TlsTrust trust) {
    StreamSettings settings = StreamSettings.defaults(
        StreamEndpoint.MEDIA_STREAM.uriFor(simulator.baseUrl(), null), StreamEndpoint.MEDIA_STREAM)
        .withHandshakeHeaders(Map.of("X-API-Key", "test-key")).withTls(trust);
    try (MediaStreamSession session = MediaStreamSession.open(settings, AudioSources.tone(AudioEncoding.MULAW_8K, 440))) {
      StreamReport streamed = session.stream(200);
      session.finish();
      return streamed;
    }
  }
}
