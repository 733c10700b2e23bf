package org.devpay.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain fixed-width text table for terminals: left-aligned text, right-aligned numbers. */
final class TextTable {
  private final List<String> headers;
  private final List<Boolean> numeric;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, List<Boolean> numeric) {
    if (headers.size() != numeric.size()) {
      throw new IllegalArgumentException("headers and alignment differ in length");
    }
    this.headers = List.copyOf(headers);
    this.numeric = List.copyOf(numeric);
  }

  void add(List<String> row) {
    if (row.size() != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " cells, table has " + headers.size());
    }
    rows.add(List.copyOf(row));
  }

  String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        rule.append("  ");
      }
      rule.append("-".repeat(widths[c]));
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(numeric.get(c) ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
