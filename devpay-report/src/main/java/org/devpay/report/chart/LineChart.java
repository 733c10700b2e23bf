package org.devpay.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * A line chart as SVG: several series of (x, y) points over a numeric x axis with labelled ticks, a
 * legend, and points marked so that a single point still shows. For experience curves (x = band)
 * and role shares over the years (x = year).
 */
public final class LineChart {
  static final int WIDTH = 760;
  static final int LEFT = 64;
  static final int RIGHT = 230;
  static final int TOP = 44;
  static final int BOTTOM = 48;
  static final int PLOT_HEIGHT = 260;

  /** One point. */
  public record Point(double x, double y) {}

  /** One line. */
  public record Series(String name, List<Point> points) {
    public Series {
      requireNonNull(name, "name is null");
      points = List.copyOf(points);
    }
  }

  /** An x tick: where and what it says. */
  public record Tick(double x, String label) {
    public Tick {
      requireNonNull(label, "label is null");
    }
  }

  private LineChart() {}

  /**
   * The chart.
   *
   * @param title what is plotted
   * @param description a sentence for screen readers
   * @param xLabel the x axis's name
   * @param yLabel the y axis's name
   * @param xTicks the x ticks (their range is the x axis's)
   * @param yFormat how y ticks are printed, such as "%.0f%%"
   * @param series the lines
   */
  public static String svg(
      String title,
      String description,
      String xLabel,
      String yLabel,
      List<Tick> xTicks,
      String yFormat,
      List<Series> series) {
    if (xTicks.isEmpty()) {
      throw new IllegalArgumentException("a line chart needs x ticks");
    }
    double xLow = xTicks.stream().mapToDouble(Tick::x).min().getAsDouble();
    double xHigh = xTicks.stream().mapToDouble(Tick::x).max().getAsDouble();
    if (xHigh == xLow) {
      xLow -= 0.5;
      xHigh += 0.5;
    }
    double yLow = Double.POSITIVE_INFINITY;
    double yHigh = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (Point p : s.points()) {
        yLow = Math.min(yLow, p.y());
        yHigh = Math.max(yHigh, p.y());
      }
    }
    if (!Double.isFinite(yLow)) {
      yLow = 0;
      yHigh = 1;
    }
    double pad = (yHigh - yLow) * 0.08 + Math.abs(yHigh) * 1e-3 + 1e-9;
    yLow -= pad;
    yHigh += pad;
    int height = TOP + PLOT_HEIGHT + BOTTOM;
    int right = WIDTH - RIGHT;
    double x0 = xLow;
    double xs = xHigh - xLow;
    double y0 = yLow;
    double ys = yHigh - yLow;
    java.util.function.DoubleUnaryOperator px =
        v -> LEFT + 12 + (v - x0) / xs * (right - LEFT - 24);
    java.util.function.DoubleUnaryOperator py =
        v -> TOP + PLOT_HEIGHT - (v - y0) / ys * PLOT_HEIGHT;
    StringBuilder out = new StringBuilder(Svg.open(WIDTH, height, title, description));
    out.append("<text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"600\">")
        .append(Svg.escape(title))
        .append("</text>\n");
    for (double t : Svg.ticks(yLow, yHigh, 6)) {
      String y = Svg.at(py.applyAsDouble(t));
      out.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(right)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#e0e0e0\"/>\n");
      out.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(y)
          .append("\" dy=\"4\" text-anchor=\"end\" fill=\"#444\">")
          .append(Svg.escape(String.format(Locale.ROOT, yFormat, t)))
          .append("</text>\n");
    }
    int axisY = TOP + PLOT_HEIGHT;
    out.append("<line x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(right)
        .append("\" y1=\"")
        .append(axisY)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"#888\"/>\n");
    for (Tick t : xTicks) {
      out.append("<text x=\"")
          .append(Svg.at(px.applyAsDouble(t.x())))
          .append("\" y=\"")
          .append(axisY + 18)
          .append("\" text-anchor=\"middle\" fill=\"#444\">")
          .append(Svg.escape(t.label()))
          .append("</text>\n");
    }
    out.append("<text x=\"")
        .append(Svg.at((LEFT + right) / 2.0))
        .append("\" y=\"")
        .append(height - 8)
        .append("\" text-anchor=\"middle\" fill=\"#444\">")
        .append(Svg.escape(xLabel))
        .append("</text>\n");
    out.append("<text transform=\"translate(14 ")
        .append(TOP + PLOT_HEIGHT / 2)
        .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#444\">")
        .append(Svg.escape(yLabel))
        .append("</text>\n");
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String colour = Svg.colour(i);
      out.append("<g class=\"series\" data-name=\"").append(Svg.escape(s.name())).append("\">\n");
      if (s.points().size() > 1) {
        out.append("<polyline fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"2\" points=\"");
        for (Point p : s.points()) {
          out.append(Svg.at(px.applyAsDouble(p.x())))
              .append(',')
              .append(Svg.at(py.applyAsDouble(p.y())))
              .append(' ');
        }
        out.setLength(out.length() - 1);
        out.append("\"/>\n");
      }
      for (Point p : s.points()) {
        out.append("<circle cx=\"")
            .append(Svg.at(px.applyAsDouble(p.x())))
            .append("\" cy=\"")
            .append(Svg.at(py.applyAsDouble(p.y())))
            .append("\" r=\"3.5\" fill=\"")
            .append(colour)
            .append("\" data-x=\"")
            .append(p.x())
            .append("\" data-y=\"")
            .append(p.y())
            .append("\"/>\n");
      }
      int ly = TOP + 6 + i * 18;
      out.append("<line x1=\"")
          .append(right + 16)
          .append("\" x2=\"")
          .append(right + 36)
          .append("\" y1=\"")
          .append(ly)
          .append("\" y2=\"")
          .append(ly)
          .append("\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\"/>\n");
      out.append("<text x=\"")
          .append(right + 42)
          .append("\" y=\"")
          .append(ly + 4)
          .append("\">")
          .append(Svg.escape(s.name()))
          .append("</text>\n</g>\n");
    }
    out.append("</svg>\n");
    return out.toString();
  }
}
