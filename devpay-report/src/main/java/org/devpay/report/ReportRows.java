package org.devpay.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A flat table of an analysis (one header, rows of text cells, which columns are numeric): the one
 * shape behind both the terminal table and the CSV output, so the two never disagree.
 *
 * @param header column names
 * @param numeric per column, whether it is right-aligned as a number
 * @param rows rows of cells, each as long as the header
 */
public record ReportRows(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
  public ReportRows {
    header = List.copyOf(header);
    numeric = List.copyOf(numeric);
    requireNonNull(rows, "rows is null");
    rows = rows.stream().map(List::copyOf).toList();
    if (header.size() != numeric.size()) {
      throw new IllegalArgumentException("header and alignment differ in length");
    }
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row has " + row.size() + " cells, header " + header.size());
      }
    }
  }

  /** RFC 4180 CSV: a header line, then one line per row, quoted where needed, CRLF-free. */
  public String csv() {
    StringBuilder out = new StringBuilder();
    out.append(line(header)).append('\n');
    for (List<String> row : rows) {
      out.append(line(row)).append('\n');
    }
    return out.toString();
  }

  private static String line(List<String> cells) {
    return cells.stream().map(ReportRows::quote).collect(Collectors.joining(","));
  }

  private static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
