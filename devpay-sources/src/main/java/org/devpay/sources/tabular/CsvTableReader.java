package org.devpay.sources.tabular;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceTable;

/**
 * Streams the data rows of a CSV table to a sink and applies the structural rules that every CSV
 * adapter shares, so that each adapter only maps well-formed rows:
 *
 * <ul>
 *   <li>data rows are numbered from 1 (the header is row 0); empty lines are not rows;
 *   <li>a row with fewer fields than the header is rejected as {@link RejectReason#TRUNCATED_ROW}
 *       (a file cut off mid-row, as the Stack Overflow 2017 copy is), one with more as {@link
 *       RejectReason#MALFORMED_ROW};
 *   <li>every row ends in exactly one {@link RowSink#accept} or {@link RowSink#reject}.
 * </ul>
 *
 * <p>A quote left open at the end of the file is read to the end rather than thrown: a file cut
 * inside a quoted field then yields a short last row, which is counted as truncated.
 */
public final class CsvTableReader {
  private CsvTableReader() {}

  /** Looks up an adapter's columns in the header, once per table, and returns its row mapper. */
  @FunctionalInterface
  public interface HeaderBinding {
    /**
     * Binds to a header.
     *
     * @throws IOException when a required column is missing (use {@link HeaderIndex#require})
     */
    RowMapper bind(HeaderIndex header) throws IOException;
  }

  /** Turns one well-formed row into a record or a rejection. */
  @FunctionalInterface
  public interface RowMapper {
    RowOutcome map(CsvRow row);
  }

  /**
   * Reads every data row of the table.
   *
   * @throws IOException when the table cannot be read or parsed as CSV, has no header, or the
   *     binding rejects the header
   */
  public static void read(SourceTable table, Charset charset, HeaderBinding binding, RowSink sink)
      throws IOException {
    requireNonNull(binding, "binding is null");
    requireNonNull(sink, "sink is null");
    try (Reader reader = table.openReader(charset);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowMissingFields(true)
                .allowExtraFields(true)
                .allowUnclosedQuote(true)
                .ofCsvRecord(reader)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new IOException("no header row in " + table.displayName());
      }
      HeaderIndex header = HeaderIndex.of(table.displayName(), records.next().getFields());
      RowMapper mapper = binding.bind(header);
      long number = 0;
      while (records.hasNext()) {
        number++;
        CsvRow row = new CsvRow(number, records.next().getFields());
        deliver(row, outcome(row, header.size(), mapper), sink);
      }
    } catch (CsvParseException e) {
      throw new IOException(
          "cannot parse " + table.displayName() + " as CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static RowOutcome outcome(CsvRow row, int headerSize, RowMapper mapper) {
    int fieldCount = row.fields().size();
    if (fieldCount < headerSize) {
      return RowOutcome.rejected(
          RejectReason.TRUNCATED_ROW, fieldCount + " of " + headerSize + " fields");
    }
    if (fieldCount > headerSize) {
      return RowOutcome.rejected(
          RejectReason.MALFORMED_ROW, fieldCount + " fields where the header has " + headerSize);
    }
    try {
      return mapper.map(row);
    } catch (IllegalArgumentException e) {
      // A value the model refuses (say, a negative weight) makes the row unusable, not the file.
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return RowOutcome.rejected(RejectReason.INVALID_FIELD, message);
    }
  }

  private static void deliver(CsvRow row, RowOutcome outcome, RowSink sink) {
    if (outcome instanceof RowOutcome.Accepted accepted) {
      if (accepted.record().rowNumber() != row.number()) {
        throw new IllegalStateException(
            "record row number " + accepted.record().rowNumber() + " != " + row.number());
      }
      sink.accept(accepted.record());
    } else if (outcome instanceof RowOutcome.Rejected rejected) {
      sink.reject(new Rejection(row.number(), rejected.reason(), rejected.detail(), row.raw()));
    } else {
      throw new AssertionError(outcome);
    }
  }
}
