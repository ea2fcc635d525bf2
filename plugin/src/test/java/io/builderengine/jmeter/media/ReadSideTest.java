package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Jitter, round trips and the counting of server traffic, without a socket. */
class ReadSideTest {

  private static final long MS = 1_000_000;

  @Test
  void jitterIsZeroForSteadyTransitAndFollowsRfc3550Otherwise() {
    InterarrivalJitter steady = new InterarrivalJitter();
    for (int i = 0; i < 100; i++) {
      steady.arrival(5_000 + i * 20_000L, i * 20_000L);
    }
    assertThat(steady.jitterMicros()).isZero();

    InterarrivalJitter alternating = new InterarrivalJitter();
    for (int i = 0; i < 2_000; i++) {
      long transitMicros = i % 2 == 0 ? 1_000 : 3_000; // |D| = 2000 µs for every pair
      alternating.arrival(i * 20_000L + transitMicros, i * 20_000L);
    }
    assertThat(alternating.jitterMicros()).as("J converges to |D|").isCloseTo(2_000, within(1.0));

    InterarrivalJitter one = new InterarrivalJitter();
    one.arrival(1_000, 0);
    one.arrival(24_000, 20_000);
    assertThat(one.jitterMicros()).as("one step of gain 1/16").isEqualTo(3_000 / 16.0);
  }

  @Test
  void countsAnswersBytesAndTheFirstReplyAfterTheFirstSend() {
    ServerTraffic traffic = new ServerTraffic(new TwilioMediaProtocol(AudioEncoding.MULAW_8K, null, 20));
    traffic.firstSent(100 * MS);
    traffic.onText(echo(1, 0), 103 * MS);
    traffic.onText(echo(2, 20), 123 * MS);
    String transcription = "{\"event\":\"transcription\",\"text\":\"h\u00e9\"}";
    traffic.onText(transcription, 124 * MS);
    traffic.onBinary(10, 125 * MS);
    ServerTraffic.Counts counts = traffic.counts();
    assertThat(counts.messages()).isEqualTo(3);
    assertThat(counts.answers()).isEqualTo(2);
    assertThat(counts.bytes()).isEqualTo(echo(1, 0).length() + echo(2, 20).length()
        + transcription.getBytes(StandardCharsets.UTF_8).length + 10);
    assertThat(traffic.takeFirstReplyMillis()).isEqualTo(3);
    assertThat(traffic.takeFirstReplyMillis()).as("nothing sent since").isEqualTo(-1);
    assertThat(traffic.lastMessageNanos()).isEqualTo(125 * MS);
    assertThat(traffic.jitterMillis()).isZero();
  }

  @Test
  void timesControlPongsByTheirSequenceAndPingsByThePong() {
    ServerTraffic traffic = new ServerTraffic(new ControlSocketProtocol(20));
    traffic.frameSent(1, 10 * MS);
    traffic.frameSent(2, 30 * MS);
    traffic.onText("{\"type\":\"pong\",\"data\":{\"sequence\":2,\"client_timestamp\":5}}", 34 * MS);
    traffic.onText("{\"type\":\"pong\",\"data\":{\"sequence\":1,\"client_timestamp\":5}}", 36 * MS);
    traffic.pingSent(40 * MS);
    traffic.onPong(41 * MS);
    traffic.onPong(50 * MS); // unsolicited: nothing outstanding to time
    RoundTrips.Summary summary = traffic.roundTrips().drain();
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.maxMillis()).isEqualTo(26.0);
    assertThat(summary.avgMillis()).isCloseTo((4 + 26 + 1) / 3.0, within(1e-9));
    assertThat(traffic.roundTrips().drain().count()).as("drained").isZero();
  }

  @Test
  void keepsTheFirstServerErrorAndTheFirstClose() {
    ServerTraffic traffic = new ServerTraffic(new SdkStreamProtocol(AudioEncoding.PCM16_16K, 20));
    traffic.onText("{\"type\":\"error\",\"data\":{\"message\":\"first\"}}", MS);
    traffic.onText("{\"type\":\"error\",\"data\":{\"message\":\"second\"}}", 2 * MS);
    traffic.onClose(1011, "Injected fault");
    traffic.clientClosing();
    traffic.onClose(1000, "");
    assertThat(traffic.serverError()).isEqualTo("first");
    assertThat(traffic.closeEvent()).isEqualTo(new CloseEvent(1011, "Injected fault", true));
    assertThat(traffic.closeEvent().describe()).isEqualTo("1011 (Injected fault)");
  }

  private static String echo(int chunk, int timestampMillis) {
    return "{\"event\":\"media\",\"sequenceNumber\":\"" + (chunk + 1) + "\",\"streamSid\":\"MZ1\","
        + "\"media\":{\"track\":\"outbound\",\"chunk\":\"" + chunk + "\",\"timestamp\":\""
        + timestampMillis + "\",\"payload\":\"AA==\"}}";
  }
}
