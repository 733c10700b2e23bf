package org.devpay.sources.table;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The records of one table, one at a time, whatever the file holds them as (delimited text in any
 * encoding, or a workbook sheet): what every adapter and {@code devpay inspect} read, so that a
 * format recognised by its columns is read the same from a CSV, a TSV or an XLSX sheet.
 */
public interface TableRecords extends Closeable {
  /**
   * The next record's fields (quotes removed, not trimmed), or empty at the end. Blank lines are
   * not records.
   *
   * @throws IOException when the content cannot be parsed further
   */
  Optional<List<String>> next() throws IOException;

  @Override
  void close() throws IOException;
}
