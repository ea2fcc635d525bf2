package io.builderengine.jmeter.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("faults")
class ConnectFailuresTest {

  private static final URI URI_ = URI.create("ws://127.0.0.1:9/media-stream");

  @Test
  void refusedConnectionNamesTheUri() {
    assertThat(ConnectFailures.classify(URI_, new ConnectException("Connection refused"),
        new CloseEvent(-1, "Connection refused", false), false, 5_000))
        .isEqualTo(new Failure(StreamFailure.CONNECT_FAILED,
            "Connection refused: ws://127.0.0.1:9/media-stream"));
  }

  @Test
  void refusedUpgradeGivesTheHttpStatusFromTheCloseReason() {
    CloseEvent close = new CloseEvent(1002,
        "Invalid status code received: 401 Status line: HTTP/1.1 401 Unauthorized", false);
    assertThat(ConnectFailures.classify(URI_, null, close, false, 5_000))
        .isEqualTo(new Failure(StreamFailure.HANDSHAKE_REFUSED,
            "upgrade refused with HTTP 401 by ws://127.0.0.1:9/media-stream; check the API key"
                + " in the X-API-Key handshake header"));
  }

  @Test
  void timeoutsAndUnknownHosts() {
    assertThat(ConnectFailures.classify(URI_, new SocketTimeoutException("Connect timed out"),
        null, false, 300).message()).isEqualTo("not connected within 300 ms: " + URI_);
    assertThat(ConnectFailures.classify(URI_, new java.net.SocketException("Socket closed"),
        null, true, 300).kind()).as("the timeout's own teardown error").isEqualTo(
        StreamFailure.CONNECT_TIMEOUT);
    URI unknown = URI.create("ws://nohost.invalid/ws");
    assertThat(ConnectFailures.classify(unknown, new UnknownHostException("nohost.invalid"), null,
        false, 300)).isEqualTo(new Failure(StreamFailure.CONNECT_FAILED,
        "Unknown host nohost.invalid: ws://nohost.invalid/ws"));
  }

  @Test
  void credentialsInTheQueryAreMasked() {
    assertThat(ConnectFailures.display(URI.create(
        "wss://u:p@h:443/ws/v1/stream?call_id=c1&api_key=sk-123&token=t")))
        .isEqualTo("wss://h:443/ws/v1/stream?call_id=c1&api_key=****&token=****");
  }
}
