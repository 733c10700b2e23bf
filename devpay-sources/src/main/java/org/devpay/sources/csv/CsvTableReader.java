package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceTable;

/**
 * Streams a headed CSV table to a {@link RowSink}, so that every CSV adapter shares one place for
 * the rules all CSV formats follow and only maps well-formed rows:
 *
 * <ul>
 *   <li>columns are found by name in a {@link CsvHeader}, once per table; a missing required column
 *       fails the file;
 *   <li>data rows are numbered from 1 (the header is row 0); empty lines are not rows;
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
   * Reads every data row of a table in a charset (a UTF-8 byte-order mark, if present, wins).
   *
   * @throws IOException when the table cannot be read or parsed as CSV, has no header, or the
   *     binding rejects the header
   */
  public static void read(SourceTable table, Charset charset, HeaderBinding binding, RowSink sink)
      throws IOException {
    requireNonNull(table, "table is null");
    requireNonNull(charset, "charset is null");
    requireNonNull(binding, "binding is null");
    requireNonNull(sink, "sink is null");
    String tableName = table.displayName();
    try (Reader text = table.openReader(charset);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                // Rows of the wrong length are kept (IGNORE, never SKIP, which would drop them
                // silently) so that they are counted as truncated or malformed below.
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                // A file cut off inside a quoted field still yields its last row, which then has
                // too few fields and is rejected as truncated instead of failing the whole file.
                .allowUnclosedQuote(true)
                .ofCsvRecord(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      CsvHeader header = header(tableName, records);
      RowMapper mapper = requireNonNull(binding.bind(header), "binding returned no mapper");
      long rowNumber = 0;
      try {
        while (records.hasNext()) {
          CsvRecord record = records.next();
          rowNumber++;
          deliver(new CsvRow(rowNumber, record.getFields()), header.size(), mapper, sink);
        }
      } catch (CsvParseException e) {
        throw new IOException(
            tableName + ": not readable as CSV after data row " + rowNumber + ": " + e.getMessage(),
            e);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static CsvHeader header(String tableName, Iterator<CsvRecord> records)
      throws IOException {
    try {
      if (!records.hasNext()) {
        throw new IOException(tableName + ": empty table, no header row");
      }
      return CsvHeader.of(tableName, records.next().getFields());
    } catch (CsvParseException e) {
      throw new IOException(tableName + ": unreadable header: " + e.getMessage(), e);
    }
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
