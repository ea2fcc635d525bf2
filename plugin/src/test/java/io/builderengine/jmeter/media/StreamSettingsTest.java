package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamSettingsTest {

  private static final URI MEDIA = URI.create("ws://127.0.0.1:8000/media-stream");

  @Test
  void endpointsLiveOnTheBaseUrlsHost() {
    assertThat(StreamEndpoint.MEDIA_STREAM.uriFor("http://127.0.0.1:8000", "call_abc"))
        .hasToString("ws://127.0.0.1:8000/media-stream/call_abc");
    assertThat(StreamEndpoint.MEDIA_STREAM.uriFor("http://127.0.0.1:8000/", null))
        .hasToString("ws://127.0.0.1:8000/media-stream");
    assertThat(StreamEndpoint.MEDIA_STREAM.uriFor("https://be.example.com/api/v1", ""))
        .hasToString("wss://be.example.com/media-stream");
    assertThat(StreamEndpoint.SDK_STREAM.uriFor("http://localhost:8000", "call a&b"))
        .hasToString("ws://localhost:8000/ws/v1/stream?call_id=call%20a%26b");
    assertThat(StreamEndpoint.CONTROL.uriFor("http://[::1]:8000", "ignored"))
        .hasToString("ws://[::1]:8000/ws");
  }

  @Test
  void endpointUrisNeedAnHttpBaseAndTheSdkACallId() {
    assertThatThrownBy(() -> StreamEndpoint.SDK_STREAM.uriFor("http://h:1", null))
        .hasMessageContaining("the SDK stream needs a call id");
    assertThatThrownBy(() -> StreamEndpoint.CONTROL.uriFor("ftp://h:1", null))
        .hasMessage("the base URL ftp://h:1 must start with http:// or https://");
    assertThatThrownBy(() -> StreamEndpoint.CONTROL.uriFor("localhost:8000", null))
        .hasMessageContaining("must start with http://");
    assertThatThrownBy(() -> StreamEndpoint.CONTROL.uriFor(" ", null))
        .hasMessageContaining("the base URL is empty");
  }

  @Test
  void defaultsFitTheEndpoint() {
    StreamSettings media = StreamSettings.defaults(MEDIA, StreamEndpoint.MEDIA_STREAM);
    assertThat(media.encoding()).isEqualTo(AudioEncoding.MULAW_8K);
    assertThat(media.frameMillis()).isEqualTo(20);
    assertThat(media.readTimeoutMillis()).isEqualTo(5_000);
    assertThat(media.handshakeHeaders()).isEmpty();
    assertThat(StreamSettings.defaults(MEDIA, StreamEndpoint.SDK_STREAM).encoding())
        .isEqualTo(AudioEncoding.PCM16_16K);
  }

  @Test
  void rejectsImpossibleValuesSayingWhatToDo() {
    StreamSettings base = StreamSettings.defaults(MEDIA, StreamEndpoint.MEDIA_STREAM);
    assertThatThrownBy(() -> StreamSettings.defaults(URI.create("http://h:1/ws"),
        StreamEndpoint.CONTROL)).hasMessageContaining("uri must be ws:// or wss://");
    assertThatThrownBy(() -> new StreamSettings(MEDIA, null, StreamEndpoint.MEDIA_STREAM,
        AudioEncoding.PCM16_16K, 20, 1, 1, 0, 1, null, null))
        .hasMessage("the media stream carries Twilio's 8 kHz mu-law: use encoding MULAW_8K, not"
            + " PCM16_16K");
    assertThatThrownBy(() -> new StreamSettings(MEDIA, null, StreamEndpoint.SDK_STREAM,
        AudioEncoding.MULAW_8K, 20, 1, 1, 0, 1, null, null))
        .hasMessageContaining("use encoding PCM16_16K");
    assertThatThrownBy(() -> new StreamSettings(MEDIA, null, StreamEndpoint.MEDIA_STREAM,
        AudioEncoding.MULAW_8K, 0, 1, 1, 0, 1, null, null))
        .hasMessage("frameMillis must be from 1 to 1000 (20 on the platform), got 0");
    assertThatThrownBy(() -> base.withConnectTimeoutMillis(0))
        .hasMessageContaining("connectTimeoutMillis must be from 1");
    assertThatThrownBy(() -> base.withReadTimeoutMillis(0))
        .hasMessage("readTimeoutMillis must be 1 or more, got 0");
    assertThatThrownBy(() -> base.withPingIntervalMillis(-1))
        .hasMessage("pingIntervalMillis must be 0 (no pings) or more, got -1");
    assertThatThrownBy(() -> base.withCloseTimeoutMillis(0))
        .hasMessage("closeTimeoutMillis must be 1 or more, got 0");
    assertThatThrownBy(() -> base.withHandshakeHeaders(Map.of(" ", "v")))
        .hasMessage("handshake header names must not be empty");
  }

  @Test
  void toStringMasksHeaderValues() {
    StreamSettings settings = StreamSettings.defaults(MEDIA, StreamEndpoint.MEDIA_STREAM)
        .withHandshakeHeaders(Map.of("X-API-Key", "sk-secret-123"));
    assertThat(settings.toString()).contains("X-API-Key=****").doesNotContain("sk-secret-123");
    assertThat(settings.handshakeHeaders()).containsEntry("X-API-Key", "sk-secret-123");
  }
}
