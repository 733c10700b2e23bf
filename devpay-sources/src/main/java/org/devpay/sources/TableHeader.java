package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The first record of a table, decoded with a candidate charset, plus the table's file name: what
 * format detection looks at. Adapters compare column names through {@link
 * org.devpay.sources.csv.CsvHeader#of(TableHeader)}, the same rule that finds their columns when
 * reading.
 *
 * @param fileName the entry's file name (without directories)
 * @param columns the header fields, as decoded (BOM removed, not trimmed)
 */
public record TableHeader(String fileName, List<String> columns) {
  public TableHeader {
    requireNonNull(fileName, "fileName is null");
    columns = List.copyOf(columns);
  }
}
