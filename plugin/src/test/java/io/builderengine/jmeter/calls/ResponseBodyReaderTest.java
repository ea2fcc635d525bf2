package io.builderengine.jmeter.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.BasicHttpEntity;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.junit.jupiter.api.Test;

class ResponseBodyReaderTest {

  @Test
  void keepsTheBeginningOfALargeBodyAndReadsItToTheEnd() throws Exception {
    ResponseBodyReader reader = new ResponseBodyReader(64 * 1024);
    byte[] large = "0123456789".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
    ByteArrayInputStream content = new ByteArrayInputStream(large);
    BasicHttpEntity entity = new BasicHttpEntity();
    entity.setContent(content);

    String kept = reader.read(entity);

    assertThat(kept).hasSize(64 * 1024).isEqualTo(new String(large, 0, 64 * 1024, StandardCharsets.US_ASCII));
    assertThat(content.available()).as("bytes left unread").isZero();
    // The next, small answer is whole: nothing of the large one is left over.
    assertThat(reader.read(new ByteArrayEntity("{\"id\":\"c1\"}".getBytes(StandardCharsets.UTF_8),
        ContentType.APPLICATION_JSON))).isEqualTo("{\"id\":\"c1\"}");
  }

  @Test
  void keepsNoMoreThanALimitBelowItsBuffer() throws Exception {
    ResponseBodyReader reader = new ResponseBodyReader(5);
    assertThat(reader.read(new ByteArrayEntity("abcdefgh".getBytes(StandardCharsets.US_ASCII)))).isEqualTo("abcde");
  }

  @Test
  void decodesWithTheDeclaredCharsetEachTimeAndUtf8WithoutOne() throws Exception {
    ResponseBodyReader reader = new ResponseBodyReader(1024);
    String text = "caf\u00e9";
    ContentType latin1 = ContentType.create("text/plain", StandardCharsets.ISO_8859_1);
    assertThat(reader.read(new ByteArrayEntity(text.getBytes(StandardCharsets.ISO_8859_1), latin1))).isEqualTo(text);
    assertThat(reader.read(new ByteArrayEntity(text.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON)))
        .isEqualTo(text);
    assertThat(reader.read(new ByteArrayEntity(text.getBytes(StandardCharsets.ISO_8859_1), latin1))).isEqualTo(text);
    assertThat(reader.read(new ByteArrayEntity(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
    assertThat(reader.read(null)).isEmpty();
  }
}
