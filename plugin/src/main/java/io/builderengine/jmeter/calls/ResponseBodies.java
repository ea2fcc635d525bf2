package io.builderengine.jmeter.calls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.http.HttpEntity;
import org.apache.http.entity.ContentType;

/**
 * Reads a response body to its end, so the connection can be reused and the byte counters are
 * complete, but keeps only its beginning: a runaway answer must not fill a load generator's heap.
 * Stateless and thread-safe.
 */
final class ResponseBodies {

  private static final int READ_BUFFER_BYTES = 8 * 1024;

  private ResponseBodies() {
  }

  /**
   * @param entity the body, or null when the response has none
   * @param maxKeptBytes how many leading bytes to keep and decode
   * @return the kept bytes decoded with the declared charset (UTF-8, JSON's, when none is declared)
   */
  static String read(HttpEntity entity, int maxKeptBytes) throws IOException {
    if (entity == null) {
      return "";
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(maxKeptBytes, READ_BUFFER_BYTES));
    byte[] buffer = new byte[READ_BUFFER_BYTES];
    try (InputStream in = entity.getContent()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        int keep = Math.min(n, maxKeptBytes - kept.size());
        if (keep > 0) {
          kept.write(buffer, 0, keep);
        }
      }
    }
    return kept.toString(charsetOf(entity));
  }

  private static Charset charsetOf(HttpEntity entity) {
    try {
      ContentType type = ContentType.get(entity);
      Charset declared = type == null ? null : type.getCharset();
      return declared == null ? StandardCharsets.UTF_8 : declared;
    } catch (RuntimeException unsupportedOrMalformed) {
      return StandardCharsets.UTF_8;
    }
  }
}
