package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The first records of a table (the header, and the one or two after it for formats whose header
 * spans two rows), decoded, plus the table's file name: what format detection shows each adapter.
 * Adapters compare column names through {@link org.devpay.sources.csv.CsvHeader#of(TableHeader)},
 * the same rule that finds their columns when reading.
 *
 * @param fileName the entry's file name (without directories), which may name a survey wave
 * @param columns the first record: the header row, as decoded (byte-order mark removed, fields not
 *     trimmed)
 * @param following the records after it that detection read (at most {@value #ROWS} - 1)
 */
public record TableHeader(String fileName, List<String> columns, List<List<String>> following) {
  /** How many records detection reads: a header row, a second header row, a first data row. */
  public static final int ROWS = 3;

  public TableHeader {
    requireNonNull(fileName, "fileName is null");
    columns = List.copyOf(columns);
    following = following.stream().map(List::copyOf).toList();
  }

  /** A header of one row, with no records after it. */
  public TableHeader(String fileName, List<String> columns) {
    this(fileName, columns, List.of());
  }

  /** A header from the first records of a table (at least one). */
  public static TableHeader ofRows(String fileName, List<List<String>> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a table header has at least one row");
    }
    return new TableHeader(fileName, rows.get(0), rows.subList(1, rows.size()));
  }

  /** Every record read: the header row, then the following ones. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns);
    rows.addAll(following);
    return List.copyOf(rows);
  }
}
