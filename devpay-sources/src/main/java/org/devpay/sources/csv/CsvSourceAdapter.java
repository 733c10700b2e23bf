package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.TableHeader;

/**
 * What every adapter of a headed table shares, so that an adapter states only its format: its ids
 * are given once, its header is recognised and its columns are found by {@link CsvHeader}'s
 * comparison rules, and its rows are read by {@link CsvTableReader} from whatever holds them (text
 * in any encoding and delimiter, or an XLSX sheet).
 */
public abstract class CsvSourceAdapter implements SourceAdapter {
  private final String datasetId;
  private final String formatId;

  protected CsvSourceAdapter(String datasetId, String formatId) {
    this.datasetId = requireNonNull(datasetId, "datasetId is null");
    this.formatId = requireNonNull(formatId, "formatId is null");
  }

  @Override
  public final String datasetId() {
    return datasetId;
  }

  @Override
  public final String formatId() {
    return formatId;
  }

  @Override
  public final HeaderMatch match(TableHeader header) {
    return matchColumns(CsvHeader.of(header));
  }

  /**
   * How these columns (compared as {@link CsvHeader} compares them) stand against the format; the
   * header holds the table's first records, so a format with a second header row can look at it.
   */
  protected abstract HeaderMatch matchColumns(CsvHeader header);

  /**
   * How many records of the table form its header, given its first record: 1 unless the format has
   * a second header row.
   */
  protected int headerRows(List<String> firstRecord) {
    return 1;
  }

  @Override
  public final void read(ReadableTable table, RowSink sink) throws IOException {
    CsvTableReader.read(table, this::headerRows, this::bind, sink);
  }

  /**
   * Looks up the format's columns in a table's header, once per table, and returns its row mapper.
   *
   * @throws IOException when a required column is missing (use {@link CsvHeader#require})
   */
  protected abstract CsvTableReader.RowMapper bind(CsvHeader header) throws IOException;

  @Override
  public String toString() {
    return formatId;
  }
}
