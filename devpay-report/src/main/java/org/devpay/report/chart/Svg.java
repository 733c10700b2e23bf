package org.devpay.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few pieces every chart shares: escaping, coordinates written the same way, a palette, and
 * "nice" axis ticks, so the charts are plain SVG text that needs no script, font or network.
 */
public final class Svg {
  /** Colour-blind-safe colours (Okabe and Ito 2008), in series order. */
  static final List<String> PALETTE =
      List.of(
          "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442");

  static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";

  private Svg() {}

  /** Text or attribute content with XML's five special characters escaped. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A coordinate with two decimals, locale-free. */
  static String at(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String colour(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  /**
   * Axis ticks at 1, 2 or 5 × 10^n spanning [low, high], about {@code count} of them (Heckbert's
   * "nice numbers", Graphics Gems 1990).
   */
  static List<Double> ticks(double low, double high, int count) {
    if (!(high > low)) {
      return List.of(low);
    }
    double step = nice((high - low) / Math.max(1, count - 1));
    List<Double> out = new ArrayList<>();
    for (double t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
      out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return out;
  }

  private static double nice(double raw) {
    double exponent = Math.floor(Math.log10(raw));
    double fraction = raw / Math.pow(10, exponent);
    double rounded = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return rounded * Math.pow(10, exponent);
  }

  /** The opening of a standalone, accessible SVG document. */
  static String open(int width, int height, String title, String description) {
    // Ids unique per chart, so several charts can sit inline in one HTML page.
    String id = "c" + Integer.toHexString(title.hashCode());
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" role=\"img\" aria-labelledby=\""
        + id
        + "t "
        + id
        + "d\" "
        + FONT
        + " font-size=\"12\">\n<title id=\""
        + id
        + "t\">"
        + escape(title)
        + "</title>\n<desc id=\""
        + id
        + "d\">"
        + escape(description)
        + "</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  }
}
