package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.regex.Pattern;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;

/**
 * Streams a headed CSV table to a {@link RowSink}, so that every adapter shares one place for the
 * rules all CSV formats follow: columns are found by name, a missing required column fails the
 * file, data rows are numbered from 1, a row with fewer fields than the header is {@link
 * RejectReason#TRUNCATED_ROW}, one with more is {@link RejectReason#MALFORMED_ROW}, and every row
 * ends in exactly one sink call.
 *
 * <p>Rows are read one at a time; nothing holds the whole file.
 */
public final class CsvTableReader implements Closeable {
  /** Maps one complete row (as many fields as the header) to a record, or rejects it. */
  @FunctionalInterface
  public interface RowMapper {
    RawRecord map(CsvRow row) throws RowRejectedException;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String displayName;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final List<String> columns;

  private CsvTableReader(String displayName, Reader text) throws IOException {
    this.displayName = displayName;
    this.reader =
        CsvReader.builder()
            // Rows of the wrong length are kept (IGNORE, never SKIP, which would drop them
            // silently) so that they are counted as truncated or malformed below.
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            // A file cut off inside a quoted field still yields its last row, which then has too
            // few fields and is rejected as truncated instead of failing the whole file.
            .allowUnclosedQuote(true)
            .ofCsvRecord(text);
    this.records = reader.iterator();
    try {
      if (!records.hasNext()) {
        throw new IOException(displayName + ": empty table, no header row");
      }
      this.columns = records.next().getFields();
    } catch (CsvParseException e) {
      close();
      throw new IOException(displayName + ": unreadable header: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /**
   * Opens a table in a charset (a UTF-8 byte-order mark, if present, wins) and reads its header.
   *
   * @throws IOException when the table cannot be read or has no header row
   */
  public static CsvTableReader open(SourceTable table, Charset charset) throws IOException {
    requireNonNull(table, "table is null");
    requireNonNull(charset, "charset is null");
    Reader text = table.openReader(charset);
    try {
      return new CsvTableReader(table.displayName(), text);
    } catch (IOException | RuntimeException e) {
      text.close();
      throw e;
    }
  }

  /** The header's column names as read (not trimmed). */
  public List<String> columns() {
    return columns;
  }

  /**
   * The index of a required column. Names match after collapsing runs of whitespace, so a header
   * with a line break inside a quoted name (DOU) matches whatever line ending the file has.
   *
   * @throws IOException naming the column and listing the header when it is absent or ambiguous
   */
  public int requireColumn(String name) throws IOException {
    int found = -1;
    String wanted = normalizeName(name);
    for (int i = 0; i < columns.size(); i++) {
      if (normalizeName(columns.get(i)).equals(wanted)) {
        if (found >= 0) {
          throw new IOException(
              displayName + ": column '" + name + "' appears more than once in the header");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IOException(
          displayName + ": required column '" + name + "' is missing; the header has " + columns);
    }
    return found;
  }

  /**
   * A column name in the form names are compared in: case kept, surrounding whitespace removed and
   * every run of whitespace (including line breaks) made one space.
   */
  public static String normalizeName(String name) {
    return WHITESPACE.matcher(name.strip()).replaceAll(" ");
  }

  /**
   * Whether a detection header has a column, compared as {@link #requireColumn} compares, so that
   * an adapter recognises a file exactly when it can find its columns.
   */
  public static boolean hasColumns(TableHeader header, String... names) {
    for (String name : names) {
      String wanted = normalizeName(name);
      if (header.columns().stream().noneMatch(c -> normalizeName(c).equals(wanted))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Streams every remaining data row to the sink: rows with the wrong number of fields are rejected
   * here, the others go through the mapper, whose record is accepted or whose {@link
   * RowRejectedException} becomes the row's rejection.
   *
   * @throws IOException when the text stops being readable CSV (such as a field larger than the
   *     parser's buffer)
   */
  public void forEachRow(RowSink sink, RowMapper mapper) throws IOException {
    requireNonNull(sink, "sink is null");
    requireNonNull(mapper, "mapper is null");
    long rowNumber = 0;
    try {
      while (records.hasNext()) {
        CsvRecord record = records.next();
        rowNumber++;
        CsvRow row = new CsvRow(rowNumber, record.getFields());
        int count = record.getFieldCount();
        if (count < columns.size()) {
          String detail =
              String.format(
                  "%d of %d fields (line %d)",
                  count, columns.size(), record.getStartingLineNumber());
          sink.reject(row.rejection(RejectReason.TRUNCATED_ROW, detail));
        } else if (count > columns.size()) {
          String detail =
              String.format(
                  "%d fields where the header has %d (line %d)",
                  count, columns.size(), record.getStartingLineNumber());
          sink.reject(row.rejection(RejectReason.MALFORMED_ROW, detail));
        } else {
          RawRecord accepted;
          try {
            accepted = mapper.map(row);
          } catch (RowRejectedException e) {
            sink.reject(row.rejection(e.reason(), e.detail()));
            continue;
          }
          sink.accept(accepted);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      throw new IOException(
          displayName + ": not readable as CSV after data row " + rowNumber + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
