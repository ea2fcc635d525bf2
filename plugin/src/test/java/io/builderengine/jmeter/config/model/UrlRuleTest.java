package io.builderengine.jmeter.config.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("faults")
class UrlRuleTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "http://localhost:8000        | http://localhost:8000",
      "https://api.example.com//    | https://api.example.com",
      "HTTP://127.0.0.1:9000/api/   | HTTP://127.0.0.1:9000/api",
      "http://platform_api:8000     | http://platform_api:8000",
      "ftp://localhost:8000         | ''",
      "localhost:8000               | ''",
      "http:///nohost               | ''",
      "http://bad host              | ''",
      "ws://localhost:8000/ws       | ''"})
  void httpTakesHttpOrHttpsWithAHostAndDropsTrailingSlashes(String url, String expected) {
    assertThat(UrlRule.HTTP.check(url).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "ws://localhost:8000/ws  | ws://localhost:8000/ws",
      "wss://api.example.com/  | wss://api.example.com",
      "http://localhost:8000   | ''"})
  void websocketTakesWsOrWss(String url, String expected) {
    assertThat(UrlRule.WEBSOCKET.check(url).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "postgresql://user:s3cret@db:5432/be             | postgresql://user:****@db:5432/be",
      "postgresql://user:p@ss/w0rd@db:5432/be          | postgresql://user:****@db:5432/be",
      "postgresql://db:5432/be?user=u&password=s3cret  | postgresql://db:5432/be?user=u&password=****",
      "postgresql://user@db:5432/be                    | postgresql://user@db:5432/be",
      "postgresql://localhost:5432/builderengine       | postgresql://localhost:5432/builderengine"})
  void redactionHidesThePasswordOnly(String url, String redacted) {
    assertThat(UrlRedaction.redact(url)).isEqualTo(redacted);
  }
}
