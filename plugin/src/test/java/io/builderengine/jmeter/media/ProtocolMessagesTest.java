package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages each endpoint's dialect writes, read back with a real JSON parser. */
class ProtocolMessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twilioGreetingIsConnectedThenStart() throws Exception {
    TwilioMediaProtocol twilio = new TwilioMediaProtocol(AudioEncoding.MULAW_8K, "CA\"1", 20);
    List<String> greeting = twilio.greeting();
    assertThat(greeting).hasSize(2);
    JsonNode connected = JSON.readTree(greeting.get(0));
    assertThat(connected.get("event").asText()).isEqualTo("connected");
    assertThat(connected.get("protocol").asText()).isEqualTo("Call");
    JsonNode start = JSON.readTree(greeting.get(1));
    assertThat(start.get("event").asText()).isEqualTo("start");
    assertThat(start.get("sequenceNumber").asText()).isEqualTo("1");
    assertThat(start.get("sequenceNumber").isTextual()).isTrue();
    assertThat(twilio.streamSid()).matches("MZ[0-9a-f]{32}");
    assertThat(start.get("streamSid").asText()).isEqualTo(twilio.streamSid());
    JsonNode body = start.get("start");
    assertThat(body.get("streamSid").asText()).isEqualTo(twilio.streamSid());
    assertThat(body.get("accountSid").asText()).matches("AC[0-9a-f]{32}");
    assertThat(body.get("callSid").asText()).isEqualTo("CA\"1");
    assertThat(body.get("tracks").toString()).isEqualTo("[\"inbound\"]");
    assertThat(body.get("mediaFormat").toString())
        .isEqualTo("{\"encoding\":\"audio/x-mulaw\",\"sampleRate\":8000,\"channels\":1}");
  }

  @Test
  void twilioMediaCarriesStringNumbersAndTheBase64Frame() throws Exception {
    TwilioMediaProtocol twilio = new TwilioMediaProtocol(AudioEncoding.MULAW_8K, null, 20);
    twilio.greeting();
    byte[] frame = new byte[160];
    frame[0] = (byte) 0xFF;
    frame[159] = 0x12;
    JsonNode first = JSON.readTree(twilio.frameMessage(frame, 1, 0).toString());
    JsonNode second = JSON.readTree(twilio.frameMessage(frame, 2, 20).toString());
    assertThat(first.get("event").asText()).isEqualTo("media");
    assertThat(first.get("sequenceNumber").asText()).isEqualTo("2");
    assertThat(second.get("sequenceNumber").asText()).isEqualTo("3");
    assertThat(first.get("streamSid").asText()).isEqualTo(twilio.streamSid());
    JsonNode media = second.get("media");
    assertThat(media.get("track").asText()).isEqualTo("inbound");
    assertThat(media.get("chunk").isTextual()).isTrue();
    assertThat(media.get("chunk").asText()).isEqualTo("2");
    assertThat(media.get("timestamp").asText()).isEqualTo("20");
    assertThat(Base64.getDecoder().decode(media.get("payload").asText())).containsExactly(frame);
    JsonNode stop = JSON.readTree(twilio.stopMessage());
    assertThat(stop.get("event").asText()).isEqualTo("stop");
    assertThat(stop.get("sequenceNumber").asText()).isEqualTo("4");
    assertThat(stop.get("stop").get("callSid").isNull()).isTrue();
  }

  @Test
  void twilioReadsEchoesAndErrors() {
    TwilioMediaProtocol twilio = new TwilioMediaProtocol(AudioEncoding.MULAW_8K, null, 20);
    String echo = "{\"event\":\"media\",\"sequenceNumber\":\"9\",\"streamSid\":\"MZ1\",\"media\":"
        + "{\"track\":\"outbound\",\"chunk\":\"8\",\"timestamp\":\"140\",\"payload\":\"AA==\"}}";
    assertThat(twilio.isAnswer(echo)).isTrue();
    assertThat(twilio.answerSenderMicros(echo)).isEqualTo(140_000);
    String transcription = "{\"event\":\"transcription\",\"sequenceNumber\":\"2\",\"streamSid\":"
        + "\"MZ1\",\"transcription\":{\"text\":\"media\",\"is_final\":false},\"timestamp\":"
        + "\"2026-01-01T00:00:00Z\"}";
    assertThat(twilio.isAnswer(transcription)).isFalse();
    assertThat(twilio.errorIn(transcription)).isNull();
    String error = "{\"event\":\"error\",\"sequenceNumber\":\"1\",\"streamSid\":null,\"error\":"
        + "{\"code\":\"media_before_start\",\"message\":\"Received 'media' before 'start'\"}}";
    assertThat(twilio.errorIn(error)).isEqualTo("media_before_start: Received 'media' before 'start'");
  }

  @Test
  void sdkSubscribesThenSendsAudioActions() throws Exception {
    SdkStreamProtocol sdk = new SdkStreamProtocol(AudioEncoding.PCM16_16K, 20);
    JsonNode subscribe = JSON.readTree(sdk.greeting().get(0));
    assertThat(subscribe.get("action").asText()).isEqualTo("subscribe");
    assertThat(subscribe.get("events").toString())
        .isEqualTo("[\"transcription.partial\",\"transcription.final\",\"call.ended\"]");
    byte[] frame = new byte[640];
    frame[639] = 7;
    JsonNode audio = JSON.readTree(sdk.frameMessage(frame, 1, 0).toString());
    assertThat(audio.get("action").asText()).isEqualTo("audio");
    assertThat(Base64.getDecoder().decode(audio.get("audio").asText())).containsExactly(frame);
    assertThat(sdk.stopMessage()).isNull();
    assertThat(sdk.isAnswer("{\"type\":\"transcription.partial\",\"data\":{}}")).isTrue();
    assertThat(sdk.isAnswer("{\"type\":\"subscribed\",\"data\":{}}")).isFalse();
    assertThat(sdk.errorIn("{\"type\":\"error\",\"data\":{\"message\":\"bad audio\"}}"))
        .isEqualTo("bad audio");
    assertThat(sdk.expectedAnswers(149)).as("one transcription per whole second of audio")
        .isEqualTo(2);
    assertThat(sdk.expectedAnswers(150)).isEqualTo(3);
  }

  @Test
  void controlSendsNumberedPingsAndReadsPongs() throws Exception {
    ControlSocketProtocol control = new ControlSocketProtocol(20);
    assertThat(control.greeting()).isEmpty();
    long before = System.currentTimeMillis();
    JsonNode ping = JSON.readTree(control.frameMessage(new byte[160], 7, 0).toString());
    assertThat(ping.get("type").asText()).isEqualTo("ping");
    assertThat(ping.get("sequence").asLong()).isEqualTo(7);
    assertThat(ping.get("timestamp").asLong()).isBetween(before, System.currentTimeMillis());
    assertThat(ping.get("user_id").asText()).startsWith("loadtest-");
    String pong = "{\"type\":\"pong\",\"data\":{\"sequence\":7,\"user_id\":\"u\","
        + "\"client_timestamp\":1700000000123},\"timestamp\":\"2026-01-01T00:00:00Z\","
        + "\"message_id\":\"msg_1\"}";
    assertThat(control.isAnswer(pong)).isTrue();
    assertThat(control.answerSequence(pong)).isEqualTo(7);
    assertThat(control.answerSenderMicros(pong)).isEqualTo(1_700_000_000_123_000L);
  }
}
