package io.builderengine.jmeter.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the human-facing reports print figures: the {@code $fmt} of the Markdown template, and the
 * numbers in junit.xml failure messages. NaN (nothing measured) prints as "n/a", never as "NaN".
 *
 * <p>Public because Velocity calls methods of public classes alone (templates get an instance) and
 * the launcher prints its combined summary with the same figures. Not thread-safe
 * ({@link DecimalFormat} is not): use one instance per render.
 */
public final class ReportFormat {

  static final String NOT_AVAILABLE = "n/a";

  private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private final DecimalFormat fraction = new DecimalFormat("0.####", ROOT);
  private final DecimalFormat twoDecimals = new DecimalFormat("#,##0.##", ROOT);
  private final DecimalFormat oneDecimal = new DecimalFormat("0.#", ROOT);
  private final DecimalFormat whole = new DecimalFormat("#,##0", ROOT);
  private final DecimalFormat wholeAndOneDecimal = new DecimalFormat("#,##0.#", ROOT);

  public ReportFormat() {
  }

  /** A threshold's actual value or limit: keeps the small fractions error-rate limits are made of. */
  public String number(double value) {
    if (!Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return Math.abs(value) < 1 ? fraction.format(value) : twoDecimals.format(value);
  }

  /** Milliseconds: whole numbers, but one decimal below 10 ms where the fraction still tells something. */
  public String ms(double millis) {
    if (!Double.isFinite(millis)) {
      return NOT_AVAILABLE;
    }
    return Math.abs(millis) < 10 ? oneDecimal.format(millis) : whole.format(millis);
  }

  /** A 0-to-1 rate as a percentage, e.g. 0.0512 as "5.12%". */
  public String percent(double rate) {
    return Double.isFinite(rate) ? twoDecimals.format(rate * 100) + "%" : NOT_AVAILABLE;
  }

  /** Requests per second. */
  public String rps(double perSecond) {
    return Double.isFinite(perSecond) ? twoDecimals.format(perSecond) : NOT_AVAILABLE;
  }

  public String count(long count) {
    return whole.format(count);
  }

  /** A mean of whole counts, such as connections in use: one decimal, e.g. "3.5". */
  public String meanCount(double mean) {
    return Double.isFinite(mean) ? wholeAndOneDecimal.format(mean) : NOT_AVAILABLE;
  }

  /**
   * Text safe inside a Markdown table cell: a {@code |} would end the cell and a line break the row.
   * Null prints as an empty cell.
   */
  public String cell(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** A setting that may be absent (no config element in the plan), as "n/a". */
  public String orNa(Object value) {
    return value == null ? NOT_AVAILABLE : value.toString();
  }
}
