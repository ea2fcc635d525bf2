package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.http.HttpHost;
import org.apache.http.NoHttpResponseException;
import org.apache.http.client.ClientProtocolException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.HttpHostConnectException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The causes no loopback test can provoke reliably; the others are proven on real sockets. */
@Tag("faults")
class FailureMessagesTest {

  private static final CallTarget TARGET = new CallTarget("http://platform.test:8000", "", "", 10_000, 30_000);
  private static final URI URL = URI.create("http://platform.test:8000/api/v1/calls");

  @Test
  void connectFailuresNameTheServerAndTheConnectTimeout() {
    assertThat(describe(new ConnectTimeoutException(new SocketTimeoutException("connect timed out"),
        new HttpHost("platform.test", 8000))))
        .isEqualTo("Connect timed out after 10000 ms: http://platform.test:8000");
    assertThat(describe(new HttpHostConnectException(new ConnectException("Connection refused"),
        new HttpHost("platform.test", 8000))))
        .isEqualTo("Connection refused: http://platform.test:8000");
    assertThat(describe(new UnknownHostException("platform.test: Name or service not known")))
        .isEqualTo("Unknown host platform.test: http://platform.test:8000");
    assertThat(describe(new SSLHandshakeException("PKIX path building failed")))
        .isEqualTo("TLS failure (PKIX path building failed): http://platform.test:8000");
  }

  @Test
  void exchangeFailuresNameTheRequestAndTheResponseTimeout() {
    assertThat(describe(new SocketTimeoutException("Read timed out")))
        .isEqualTo("Read timed out after 30000 ms: POST http://platform.test:8000/api/v1/calls");
    assertThat(describe(new NoHttpResponseException("platform.test:8000 failed to respond")))
        .isEqualTo("No response: the server closed the connection: POST http://platform.test:8000/api/v1/calls");
    assertThat(describe(new SocketException("Connection reset")))
        .isEqualTo("Connection reset: POST http://platform.test:8000/api/v1/calls");
    assertThat(describe(new ClientProtocolException(new org.apache.http.ProtocolException("Invalid header"))))
        .isEqualTo("Protocol error (Invalid header): POST http://platform.test:8000/api/v1/calls");
    assertThat(describe(new IOException("Stream closed")))
        .isEqualTo("IOException (Stream closed): POST http://platform.test:8000/api/v1/calls");
  }

  private static String describe(IOException failure) {
    return FailureMessages.describe(failure, "POST", URL, TARGET);
  }
}
