package io.builderengine.jmeter.calls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.entity.ContentType;

/**
 * Reads response bodies to their end, so the connection can be reused and the byte counters are
 * complete, but keeps only their beginning: a runaway answer must not fill a load generator's heap.
 *
 * <p>Not thread-safe: one per connection, used by one thread. It reads into a buffer it keeps from
 * one response to the next, so a call's small JSON answers cost the decoded String alone rather than
 * fresh read and copy buffers each; a buffer grown for a large answer is dropped afterwards, so each
 * thread holds at most {@value #RETAINED_BUFFER_BYTES} bytes between responses.
 */
final class ResponseBodyReader {

  static final int RETAINED_BUFFER_BYTES = 8 * 1024;

  private final int maxKeptBytes;
  private byte[] kept = new byte[RETAINED_BUFFER_BYTES];
  /** The last Content-Type value seen and its charset: a platform answers every call with the same one. */
  private String lastContentType;
  private Charset lastCharset = StandardCharsets.UTF_8;

  /** @param maxKeptBytes how many leading bytes of each body to keep and decode */
  ResponseBodyReader(int maxKeptBytes) {
    this.maxKeptBytes = maxKeptBytes;
  }

  /**
   * @param entity the body, or null when the response has none
   * @return the kept bytes decoded with the declared charset (UTF-8, JSON's, when none is declared)
   */
  String read(HttpEntity entity) throws IOException {
    if (entity == null) {
      return "";
    }
    int size = 0;
    try (InputStream in = entity.getContent()) {
      while (true) {
        int room = Math.min(kept.length, maxKeptBytes) - size;
        if (room == 0) {
          if (size >= maxKeptBytes) {
            discardRest(in);
            break;
          }
          kept = Arrays.copyOf(kept, Math.min(maxKeptBytes, size * 2));
          continue;
        }
        int n = in.read(kept, size, room);
        if (n < 0) {
          break;
        }
        size += n;
      }
    }
    String body = new String(kept, 0, size, charsetOf(entity));
    if (kept.length > RETAINED_BUFFER_BYTES) {
      kept = new byte[RETAINED_BUFFER_BYTES];
    }
    return body;
  }

  /** Reads what is beyond the kept bytes, counted by the connection but not kept. */
  private static void discardRest(InputStream in) throws IOException {
    byte[] discarded = new byte[RETAINED_BUFFER_BYTES];
    while (in.read(discarded) >= 0) {
      // nothing to keep
    }
  }

  private Charset charsetOf(HttpEntity entity) {
    Header contentType = entity.getContentType();
    String value = contentType == null ? null : contentType.getValue();
    if (value != null && value.equals(lastContentType)) {
      return lastCharset;
    }
    Charset charset = parsedCharsetOf(entity);
    lastContentType = value;
    lastCharset = charset;
    return charset;
  }

  private static Charset parsedCharsetOf(HttpEntity entity) {
    try {
      ContentType type = ContentType.get(entity);
      Charset declared = type == null ? null : type.getCharset();
      return declared == null ? StandardCharsets.UTF_8 : declared;
    } catch (RuntimeException unsupportedOrMalformed) {
      return StandardCharsets.UTF_8;
    }
  }
}
