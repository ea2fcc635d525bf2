package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallTargetTest {

  private static final String BASE = "http://127.0.0.1:8000";

  @Test
  void toStringSaysAKeyIsSetButNeverShowsIt() {
    CallTarget target = new CallTarget(BASE, "sk-live-0123456789", "org_1", 10_000, 30_000);
    assertThat(target.toString())
        .doesNotContain("sk-live-0123456789")
        .isEqualTo("CallTarget[baseUrl=http://127.0.0.1:8000, apiKey=****, organizationId=org_1, "
            + "connectTimeoutMillis=10000, responseTimeoutMillis=30000,"
            + " tls=TlsTrust[trustSelfSigned=false, caFile=null]]");
    assertThat(target.apiKey()).isEqualTo("sk-live-0123456789");
  }

  @Test
  void noKeyAndNoOrganizationAreEmptyNotNull() {
    CallTarget target = new CallTarget("https://api.builderengine.io", null, null, 1, 1);
    assertThat(target.apiKey()).isEmpty();
    assertThat(target.organizationId()).isEmpty();
    assertThat(target.hasApiKey()).isFalse();
    assertThat(target.toString()).contains("apiKey=<none>");
  }

  @Test
  void acceptsAPathPrefixBehindAGateway() {
    assertThat(new CallTarget("https://gw.example.com:8443/platform", "k", "", 1, 1).baseUrl())
        .isEqualTo("https://gw.example.com:8443/platform");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''                              | baseUrl must not be empty",
    "'   '                           | baseUrl must not be empty",
    "http://127.0.0.1:8000/          | must not end with '/'",
    "ws://127.0.0.1:8000             | must start with http:// or https://",
    "127.0.0.1:8000                  | must start with http:// or https://",
    "http://127.0.0.1:8000?x=1       | must not carry a query",
    "http:///api                     | has no host",
    "http://bad host                 | is not a URL"})
  void refusesBaseUrlsRequestsCouldNotBeBuiltOn(String baseUrl, String expectedMessage) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CallTarget(baseUrl, "", "", 1, 1))
        .withMessageContaining(expectedMessage);
  }

  @Test
  void refusesANullBaseUrl() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CallTarget(null, "", "", 1, 1))
        .withMessageContaining("e.g. http://127.0.0.1:8000");
  }

  @Test
  void refusesTimeoutsThatWouldWaitForever() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CallTarget(BASE, "", "", 0, 1))
        .withMessage("connectTimeoutMillis must be 1 or more, got 0; 0 would wait forever "
            + "(the old suite used 10000)");
    assertThatIllegalArgumentException().isThrownBy(() -> new CallTarget(BASE, "", "", 1, -5))
        .withMessageContaining("responseTimeoutMillis must be 1 or more, got -5");
  }

  @Test
  void refusesLineBreaksThatWouldInjectHeaders() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CallTarget(BASE, "key\r\nX-Admin: yes", "", 1, 1))
        .withMessageContaining("apiKey must not contain control characters")
        .withMessageNotContaining("X-Admin");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CallTarget(BASE, "key", "org\n", 1, 1))
        .withMessageContaining("organizationId");
  }
}
