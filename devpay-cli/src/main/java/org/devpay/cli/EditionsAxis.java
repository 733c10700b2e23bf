package org.devpay.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The editions' P10-P90 bands drawn on one axis in US dollars as a text bar chart, one group per
 * pay basis (gross or net, base or total), so editions can be read side by side without pooling
 * bases into one number.
 *
 * <pre>
 * gross base pay
 *   it-salary-survey-eu 2020   ····[=====|===*===]···   61,003-93,758
 * </pre>
 */
final class EditionsAxis {
  /** Characters between the axis's ends. */
  static final int WIDTH = 56;

  /**
   * One edition's band.
   *
   * @param label the edition ("it-salary-survey-eu 2020")
   * @param basis gross or net (lower case)
   * @param scope base or total (lower case)
   * @param p10 in US dollars
   * @param p50 in US dollars
   * @param p90 in US dollars
   * @param marker the user's pay in US dollars as this edition reads it, when there is one
   */
  record Row(
      String label,
      String basis,
      String scope,
      double p10,
      double p50,
      double p90,
      OptionalDouble marker) {
    Row {
      requireNonNull(label, "label is null");
      requireNonNull(basis, "basis is null");
      requireNonNull(scope, "scope is null");
      requireNonNull(marker, "marker is null");
      if (!(0 < p10 && p10 <= p50 && p50 <= p90)) {
        throw new IllegalArgumentException("a band needs 0 < P10 <= P50 <= P90");
      }
    }
  }

  private EditionsAxis() {}

  /** The chart's lines: a title, per basis a heading and one line per edition, the axis. */
  static List<String> render(List<Row> rows, String markerName) {
    List<String> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    boolean anyMarker = rows.stream().anyMatch(r -> r.marker().isPresent());
    out.add(
        "All editions on one axis, USD a year: [ ] P10 to P90, | P50"
            + (anyMarker ? ", * " + markerName : "")
            + "; one group per pay basis, never pooled");
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    for (Row row : rows) {
      low = Math.min(low, row.p10());
      high = Math.max(high, row.p90());
      if (row.marker().isPresent()) {
        low = Math.min(low, row.marker().getAsDouble());
        high = Math.max(high, row.marker().getAsDouble());
      }
    }
    double tick = niceStep((high - low) / 4);
    double axisLow = Math.floor(low / tick) * tick;
    double axisHigh = Math.ceil(high / tick) * tick;
    if (axisHigh <= axisLow) {
      axisHigh = axisLow + tick;
    }
    int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0) + 2;
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (String basis : List.of("gross", "net")) {
      for (String scope : List.of("base", "total")) {
        groups.put(basis + " " + scope, new ArrayList<>());
      }
    }
    for (Row row : rows) {
      groups.computeIfAbsent(row.basis() + " " + row.scope(), g -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      out.add(group.getKey() + " pay");
      for (Row row : group.getValue()) {
        char[] line = new char[WIDTH];
        java.util.Arrays.fill(line, ' ');
        int from = column(row.p10(), axisLow, axisHigh);
        int to = column(row.p90(), axisLow, axisHigh);
        for (int c = from; c <= to; c++) {
          line[c] = '=';
        }
        line[from] = '[';
        line[to] = ']';
        line[column(row.p50(), axisLow, axisHigh)] = '|';
        if (row.marker().isPresent()) {
          line[column(row.marker().getAsDouble(), axisLow, axisHigh)] = '*';
        }
        String figures = money(row.p10()) + "-" + money(row.p90());
        if (row.marker().isPresent()) {
          figures += ", " + markerName + " " + money(row.marker().getAsDouble());
        }
        out.add(
            ("  " + pad(row.label(), labelWidth) + new String(line) + "  " + figures)
                .stripTrailing());
      }
    }
    char[] axis = new char[WIDTH];
    java.util.Arrays.fill(axis, '-');
    StringBuilder labels = new StringBuilder(" ".repeat(WIDTH + 12));
    for (double t = axisLow; t <= axisHigh + tick / 2; t += tick) {
      int c = column(t, axisLow, axisHigh);
      axis[c] = '+';
      String text = shortMoney(t);
      int start = Math.max(0, Math.min(WIDTH + 12 - text.length(), c - text.length() / 2));
      labels.replace(start, start + text.length(), text);
    }
    out.add("  " + " ".repeat(labelWidth) + new String(axis));
    out.add(("  " + " ".repeat(labelWidth) + labels).stripTrailing());
    return out;
  }

  private static int column(double value, double low, double high) {
    int c = (int) Math.round((value - low) / (high - low) * (WIDTH - 1));
    return Math.max(0, Math.min(WIDTH - 1, c));
  }

  /** 1, 2 or 5 times a power of ten, at least the given width. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** "60k", "1.5M", "800". */
  private static String shortMoney(double value) {
    if (value >= 1_000_000) {
      return trim(value / 1_000_000) + "M";
    }
    if (value >= 1_000) {
      return trim(value / 1_000) + "k";
    }
    return trim(value);
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
