package io.builderengine.simulator.http.routes;

import io.builderengine.simulator.http.PageRequest;
import io.builderengine.simulator.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list that never changes, with each item's JSON encoded once, so that a page is answered by
 * copying bytes: {@code {"<name>":[...],"total":N,"page":P,"page_size":S[,"total_pages":T]}}.
 * Thread-safe (immutable).
 */
final class PreEncodedList {

  private final String name;
  private final boolean withTotalPages;
  private final List<byte[]> items;

  /**
   * @param name the JSON field holding the items, e.g. {@code agents}
   * @param withTotalPages whether the envelope carries {@code total_pages}
   * @param values the items, encoded with {@link Json}
   */
  PreEncodedList(String name, boolean withTotalPages, List<?> values) {
    this.name = name;
    this.withTotalPages = withTotalPages;
    this.items = values.stream().map(Json::bytes).toList();
  }

  byte[] page(PageRequest request) {
    List<byte[]> page = request.slice(items);
    ByteArrayOutputStream json = new ByteArrayOutputStream(64 + page.size() * 512);
    json.writeBytes(ascii("{\"" + name + "\":["));
    for (int i = 0; i < page.size(); i++) {
      if (i > 0) {
        json.write(',');
      }
      json.writeBytes(page.get(i));
    }
    StringBuilder tail = new StringBuilder("],\"total\":").append(items.size())
        .append(",\"page\":").append(request.page())
        .append(",\"page_size\":").append(request.pageSize());
    if (withTotalPages) {
      tail.append(",\"total_pages\":").append(request.totalPages(items.size()));
    }
    json.writeBytes(ascii(tail.append('}').toString()));
    return json.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
