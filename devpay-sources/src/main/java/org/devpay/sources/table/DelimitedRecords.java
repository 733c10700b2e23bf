package org.devpay.sources.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.devpay.sources.text.TextFormat;

/**
 * The records of a delimited text table, parsed by FastCSV in the table's detected {@link
 * TextFormat}. Rows of any length are kept (never skipped, which would drop them silently) so that
 * the reader above counts them as truncated or malformed; a file cut off inside a quoted field
 * still yields its last row.
 */
final class DelimitedRecords implements TableRecords {
  private final Reader text;
  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;

  DelimitedRecords(InputStream in, TextFormat format) throws IOException {
    try {
      in.skipNBytes(format.bomLength());
      this.text = new InputStreamReader(in, format.charset());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    this.csv =
        CsvReader.builder()
            .fieldSeparator(format.delimiter())
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(true)
            .ofCsvRecord(text);
    this.records = csv.iterator();
  }

  @Override
  public Optional<List<String>> next() throws IOException {
    try {
      return records.hasNext() ? Optional.of(records.next().getFields()) : Optional.empty();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      throw new IOException("not readable as delimited text: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try (Reader closing = text) {
      csv.close();
    }
  }
}
