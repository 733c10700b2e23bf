package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.table.TableRecords;

/**
 * Streams a headed table (delimited text or an XLSX sheet, through {@link TableRecords}) to a
 * {@link RowSink}, so that every adapter shares one place for the rules all tabular formats follow
 * and only maps well-formed rows:
 *
 * <ul>
 *   <li>columns are found by name in a {@link CsvHeader}, once per table; a missing required column
 *       fails the file;
 *   <li>data rows are numbered from 1 (after the header's one or more rows); empty lines are not
 *       rows;
 *   <li>a row with fewer fields than the header is rejected as {@link RejectReason#TRUNCATED_ROW}
 *       (a file cut off mid-row, as the Stack Overflow 2017 copy is), one with more as {@link
 *       RejectReason#MALFORMED_ROW};
 *   <li>every row ends in exactly one {@link RowSink#accept} or {@link RowSink#reject}: the mapper
 *       returns a record or throws {@link RowRejectedException}, and this reader makes the one
 *       call.
 * </ul>
 *
 * <p>Rows are read one at a time; nothing holds the whole file.
 */
public final class CsvTableReader {
  private CsvTableReader() {}

  /** Looks up an adapter's columns in the header, once per table, and returns its row mapper. */
  @FunctionalInterface
  public interface HeaderBinding {
    /**
     * Binds to a header.
     *
     * @throws IOException when a required column is missing (use {@link CsvHeader#require})
     */
    RowMapper bind(CsvHeader header) throws IOException;
  }

  /** Maps one complete row (as many fields as the header) to a record, or rejects it. */
  @FunctionalInterface
  public interface RowMapper {
    /**
     * The row's record, whose row number is the row's.
     *
     * @throws RowRejectedException when the row cannot be accepted
     */
    RawRecord map(CsvRow row) throws RowRejectedException;
  }

  /**
   * Reads every data row of a table whose header is its first record.
   *
   * @throws IOException when the table cannot be read or parsed, has no header, or the binding
   *     rejects the header
   */
  public static void read(ReadableTable table, HeaderBinding binding, RowSink sink)
      throws IOException {
    read(table, first -> 1, binding, sink);
  }

  /**
   * Reads every data row of a table whose header spans {@code headerRows.applyAsInt(first record)}
   * records (data rows are numbered from 1 after them).
   *
   * @throws IOException when the table cannot be read or parsed, has no header, or the binding
   *     rejects the header
   */
  public static void read(
      ReadableTable table,
      ToIntFunction<List<String>> headerRows,
      HeaderBinding binding,
      RowSink sink)
      throws IOException {
    requireNonNull(table, "table is null");
    requireNonNull(headerRows, "headerRows is null");
    requireNonNull(binding, "binding is null");
    requireNonNull(sink, "sink is null");
    String tableName = table.table().displayName();
    try (TableRecords records = table.openRecords()) {
      CsvHeader header = header(tableName, records, headerRows);
      RowMapper mapper = requireNonNull(binding.bind(header), "binding returned no mapper");
      long rowNumber = 0;
      try {
        for (Optional<List<String>> record = records.next();
            record.isPresent();
            record = records.next()) {
          rowNumber++;
          deliver(new CsvRow(rowNumber, record.get()), header.size(), mapper, sink);
        }
      } catch (IOException e) {
        throw new IOException(
            tableName + ": not readable after data row " + rowNumber + ": " + e.getMessage(), e);
      }
    }
  }

  private static CsvHeader header(
      String tableName, TableRecords records, ToIntFunction<List<String>> headerRows)
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try {
      Optional<List<String>> first = records.next();
      if (first.isEmpty()) {
        throw new IOException(tableName + ": empty table, no header row");
      }
      rows.add(first.get());
      int wanted = headerRows.applyAsInt(first.get());
      while (rows.size() < wanted) {
        Optional<List<String>> next = records.next();
        if (next.isEmpty()) {
          throw new IOException(tableName + ": ends inside its " + wanted + "-row header");
        }
        rows.add(next.get());
      }
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(tableName)) {
        throw e;
      }
      throw new IOException(tableName + ": unreadable header: " + e.getMessage(), e);
    }
    return CsvHeader.ofRows(tableName, rows);
  }

  /** Ends one row in exactly one sink call. */
  private static void deliver(CsvRow row, int headerSize, RowMapper mapper, RowSink sink) {
    int fieldCount = row.fields().size();
    if (fieldCount < headerSize) {
      sink.reject(
          row.rejection(RejectReason.TRUNCATED_ROW, fieldCount + " of " + headerSize + " fields"));
      return;
    }
    if (fieldCount > headerSize) {
      sink.reject(
          row.rejection(
              RejectReason.MALFORMED_ROW,
              fieldCount + " fields where the header has " + headerSize));
      return;
    }
    RawRecord record;
    try {
      record = requireNonNull(mapper.map(row), "row mapper returned no record");
    } catch (RowRejectedException e) {
      sink.reject(row.rejection(e.reason(), e.detail()));
      return;
    } catch (IllegalArgumentException e) {
      // A value the model refuses (say, a negative weight) makes the row unusable, not the file.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      sink.reject(row.rejection(RejectReason.INVALID_FIELD, message));
      return;
    }
    if (record.rowNumber() != row.rowNumber()) {
      throw new IllegalStateException(
          "record row number " + record.rowNumber() + " != data row " + row.rowNumber());
    }
    sink.accept(record, row.fields());
  }
}
