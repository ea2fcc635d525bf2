package io.builderengine.jmeter.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws one time-series line chart as inline SVG: a title, both axes, the lowest and highest value
 * on the y axis, the first and last time on the x axis, one polyline per series and a legend with
 * each series' min and max. Drawn in Java rather than by a script so summary.html works offline,
 * in mail clients and in CI artifact viewers that block JavaScript.
 *
 * <p>Not thread-safe: it formats with a {@link ReportFormat}. Use one per render.
 */
final class SvgLineChart {

  /** One line: its name in the legend, its CSS colour and one value per x position. */
  record Series(String name, String color, double[] values) {
  }

  private static final int WIDTH = 560;
  private static final int HEIGHT = 240;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 52;
  private static final int BOTTOM = 32;

  private final ReportFormat format;

  SvgLineChart(ReportFormat format) {
    this.format = format;
  }

  /**
   * @param secondsFromStart the x of each point, ascending; empty draws "no data"
   * @param unit printed after the y-axis maximum and in the legend, e.g. "ms"
   */
  String render(String title, String unit, double[] secondsFromStart, List<Series> series) {
    StringBuilder svg = new StringBuilder(2048);
    svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\">")
        .append("<title>").append(HtmlEscaper.escape(title)).append("</title>");
    text(svg, "chart-title", LEFT, 20, "start", title);
    int bottomY = HEIGHT - BOTTOM;
    line(svg, LEFT, TOP, LEFT, bottomY);
    line(svg, LEFT, bottomY, WIDTH - RIGHT, bottomY);
    if (secondsFromStart.length == 0) {
      text(svg, "no-data", (LEFT + WIDTH - RIGHT) / 2.0, (TOP + bottomY) / 2.0, "middle", "no data");
      return svg.append("</svg>").toString();
    }
    // The y axis starts at 0, not at the lowest value, so a flat line at 500 ms does not look like a spike.
    double yMax = 0;
    for (Series s : series) {
      for (double value : s.values()) {
        yMax = Math.max(yMax, value);
      }
    }
    double yTop = yMax > 0 ? yMax : 1;
    double xFirst = secondsFromStart[0];
    double xLast = secondsFromStart[secondsFromStart.length - 1];
    text(svg, "axis-label", LEFT - 6, bottomY + 4, "end", "0");
    text(svg, "axis-label", LEFT - 6, TOP + 4, "end", format.number(yTop) + " " + unit);
    text(svg, "axis-label", LEFT, bottomY + 20, "start", format.number(xFirst) + " s");
    text(svg, "axis-label", WIDTH - RIGHT, bottomY + 20, "end", format.number(xLast) + " s");
    double legendX = LEFT;
    for (Series s : series) {
      String legend = s.name() + ": min " + format.number(min(s.values())) + " · max " + format.number(max(s.values()))
          + " " + unit;
      svg.append("<text class=\"legend\" x=\"").append(coordinate(legendX)).append("\" y=\"40\" fill=\"")
          .append(s.color()).append("\">").append(HtmlEscaper.escape(legend)).append("</text>");
      // Roughly the width of the legend at the stylesheet's 11 px, so the series' legends do not overlap.
      legendX += 6.5 * legend.length() + 20;
    }
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < s.values().length; i++) {
        // A single bucket has no width: put it in the middle rather than divide by zero.
        double x = xLast == xFirst ? (LEFT + WIDTH - RIGHT) / 2.0
            : LEFT + (secondsFromStart[i] - xFirst) / (xLast - xFirst) * (WIDTH - RIGHT - LEFT);
        double y = bottomY - s.values()[i] / yTop * (bottomY - TOP);
        points.append(i == 0 ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
        if (s.values().length == 1) {
          // A polyline of one point draws nothing; the dot makes the lone bucket visible.
          svg.append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
              .append("\" r=\"3\" fill=\"").append(s.color()).append("\"/>");
        }
      }
      svg.append("<polyline class=\"series\" data-series=\"").append(HtmlEscaper.escape(s.name()))
          .append("\" fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"2\" points=\"")
          .append(points).append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
    svg.append("<line class=\"axis\" x1=\"").append(coordinate(x1)).append("\" y1=\"").append(coordinate(y1))
        .append("\" x2=\"").append(coordinate(x2)).append("\" y2=\"").append(coordinate(y2))
        .append("\" stroke=\"#57606a\"/>");
  }

  private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor, String content) {
    svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(coordinate(x)).append("\" y=\"")
        .append(coordinate(y)).append("\" text-anchor=\"").append(anchor).append("\">")
        .append(HtmlEscaper.escape(content)).append("</text>");
  }

  /** SVG wants a dot as decimal separator whatever the JVM's locale. */
  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
    }
    return min;
  }

  private static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      max = Math.max(max, value);
    }
    return max;
  }
}
