package io.builderengine.jmeter.report;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts into HTML, so a label such as {@code GET /x?a=1&b=<2>} shows
 * as text and a template author cannot forget to escape one; only {@link Markup} the writer built
 * itself (the SVG charts) goes in as it is.
 *
 * <p>Thread-safe: stateless.
 */
final class HtmlEscaper implements ReferenceInsertionEventHandler {

  /** HTML made by this package from escaped parts, inserted verbatim. */
  record Markup(String html) {

    @Override
    public String toString() {
      return html;
    }
  }

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null || value instanceof Markup) {
      return value;
    }
    return escape(value.toString());
  }

  /** Text safe in element content and in quoted attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
