package org.devpay.report.chart;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A forest plot as SVG: one row per dataset edition (its estimate and interval), then the pooled
 * estimate as a diamond spanning its deciding interval with the prediction interval for a new
 * dataset as a bar through it, and the claim's line as a dashed vertical. Values are in the
 * measure's display unit (percent).
 */
public final class ForestPlot {
  static final int WIDTH = 800;
  static final int LABEL_WIDTH = 250;
  static final int VALUE_WIDTH = 170;
  static final int ROW = 24;
  static final int TOP = 46;
  static final int BOTTOM = 44;

  /** One row: a label, an estimate and its interval. */
  public record Row(String label, double estimate, double lower, double upper, long n) {
    public Row {
      requireNonNull(label, "label is null");
      if (!(lower <= estimate && estimate <= upper)) {
        throw new IllegalArgumentException("estimate outside its interval: " + label);
      }
    }
  }

  private ForestPlot() {}

  /**
   * The plot.
   *
   * @param title what is plotted
   * @param unit the unit after numbers ("%")
   * @param rows one per edition
   * @param pooled the pooled estimate with its deciding interval, if any
   * @param prediction the prediction interval for a new dataset, if any
   * @param line the claim's line (threshold)
   */
  public static String svg(
      String title,
      String unit,
      List<Row> rows,
      Optional<Row> pooled,
      Optional<double[]> prediction,
      double line) {
    double low = line;
    double high = line;
    List<Row> all = new ArrayList<>(rows);
    pooled.ifPresent(all::add);
    for (Row r : all) {
      low = Math.min(low, r.lower());
      high = Math.max(high, r.upper());
    }
    if (prediction.isPresent()) {
      low = Math.min(low, prediction.get()[0]);
      high = Math.max(high, prediction.get()[1]);
    }
    double pad = (high - low) * 0.05 + 1e-9;
    low -= pad;
    high += pad;
    int plotLeft = LABEL_WIDTH;
    int plotRight = WIDTH - VALUE_WIDTH;
    int height = TOP + ROW * (rows.size() + (pooled.isPresent() ? 2 : 0)) + BOTTOM;
    double lo = low;
    double span = high - low;
    java.util.function.DoubleUnaryOperator x =
        v -> plotLeft + (v - lo) / span * (plotRight - plotLeft);
    StringBuilder out =
        new StringBuilder(
            Svg.open(
                WIDTH,
                height,
                title,
                "Forest plot: each dataset edition's estimate with its 95% interval"
                    + (pooled.isPresent()
                        ? ", the pooled estimate as a diamond over its deciding interval and the"
                            + " 95% prediction interval for a new dataset as a bar"
                        : "")
                    + "; the dashed line is the claim's threshold."));
    out.append("<text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"600\">")
        .append(Svg.escape(title))
        .append("</text>\n");
    int axisY = height - BOTTOM + 6;
    for (double t : Svg.ticks(low, high, 6)) {
      String px = Svg.at(x.applyAsDouble(t));
      out.append("<line x1=\"")
          .append(px)
          .append("\" x2=\"")
          .append(px)
          .append("\" y1=\"")
          .append(TOP - 8)
          .append("\" y2=\"")
          .append(axisY)
          .append("\" stroke=\"#e0e0e0\"/>\n");
      out.append("<text x=\"")
          .append(px)
          .append("\" y=\"")
          .append(axisY + 16)
          .append("\" text-anchor=\"middle\" fill=\"#444\">")
          .append(Svg.escape(number(t, unit, false)))
          .append("</text>\n");
    }
    String lineX = Svg.at(x.applyAsDouble(line));
    out.append("<line class=\"threshold\" x1=\"")
        .append(lineX)
        .append("\" x2=\"")
        .append(lineX)
        .append("\" y1=\"")
        .append(TOP - 8)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n");
    int y = TOP;
    for (Row r : rows) {
      row(out, r, y, x, unit, false);
      y += ROW;
    }
    if (pooled.isPresent()) {
      y += ROW / 2;
      if (prediction.isPresent()) {
        double[] p = prediction.get();
        out.append("<line class=\"prediction\" x1=\"")
            .append(Svg.at(x.applyAsDouble(p[0])))
            .append("\" x2=\"")
            .append(Svg.at(x.applyAsDouble(p[1])))
            .append("\" y1=\"")
            .append(y)
            .append("\" y2=\"")
            .append(y)
            .append("\" stroke=\"#999\" stroke-width=\"6\" stroke-linecap=\"butt\"")
            .append(" data-lower=\"")
            .append(p[0])
            .append("\" data-upper=\"")
            .append(p[1])
            .append("\"/>\n");
      }
      row(out, pooled.get(), y, x, unit, true);
    }
    out.append("<text x=\"")
        .append(Svg.at((plotLeft + plotRight) / 2.0))
        .append("\" y=\"")
        .append(height - 8)
        .append("\" text-anchor=\"middle\" fill=\"#444\">")
        .append(Svg.escape("premium, " + unit + " (95% interval)"))
        .append("</text>\n</svg>\n");
    return out.toString();
  }

  private static void row(
      StringBuilder out,
      Row r,
      int y,
      java.util.function.DoubleUnaryOperator x,
      String unit,
      boolean pooled) {
    String cls = pooled ? "pooled" : "edition";
    out.append("<g class=\"")
        .append(cls)
        .append("\" data-label=\"")
        .append(Svg.escape(r.label()))
        .append("\" data-estimate=\"")
        .append(r.estimate())
        .append("\" data-lower=\"")
        .append(r.lower())
        .append("\" data-upper=\"")
        .append(r.upper())
        .append("\">\n");
    out.append("<text x=\"8\" y=\"")
        .append(y + 4)
        .append("\"")
        .append(pooled ? " font-weight=\"600\"" : "")
        .append(">")
        .append(
            Svg.escape(
                r.label() + (r.n() > 0 ? String.format(Locale.ROOT, " (n = %,d)", r.n()) : "")))
        .append("</text>\n");
    double cx = x.applyAsDouble(r.estimate());
    double lx = x.applyAsDouble(r.lower());
    double ux = x.applyAsDouble(r.upper());
    if (pooled) {
      out.append("<polygon points=\"")
          .append(Svg.at(lx))
          .append(',')
          .append(y)
          .append(' ')
          .append(Svg.at(cx))
          .append(',')
          .append(y - 7)
          .append(' ')
          .append(Svg.at(ux))
          .append(',')
          .append(y)
          .append(' ')
          .append(Svg.at(cx))
          .append(',')
          .append(y + 7)
          .append("\" fill=\"#0072B2\"/>\n");
    } else {
      out.append("<line x1=\"")
          .append(Svg.at(lx))
          .append("\" x2=\"")
          .append(Svg.at(ux))
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#333\" stroke-width=\"1.5\"/>\n");
      out.append("<rect x=\"")
          .append(Svg.at(cx - 4))
          .append("\" y=\"")
          .append(y - 4)
          .append("\" width=\"8\" height=\"8\" fill=\"#D55E00\"/>\n");
    }
    out.append("<text x=\"")
        .append(WIDTH - VALUE_WIDTH + 10)
        .append("\" y=\"")
        .append(y + 4)
        .append("\" fill=\"#222\">")
        .append(
            Svg.escape(
                number(r.estimate(), unit, true)
                    + " ["
                    + number(r.lower(), "", true)
                    + ", "
                    + number(r.upper(), "", true)
                    + "]"))
        .append("</text>\n</g>\n");
  }

  static String number(double value, String unit, boolean signed) {
    String text =
        signed
            ? String.format(Locale.ROOT, "%+.1f", value)
            : String.format(
                Locale.ROOT, Math.abs(value - Math.rint(value)) < 1e-9 ? "%.0f" : "%.1f", value);
    return text + unit;
  }
}
