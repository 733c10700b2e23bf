package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.Charset;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;

/**
 * What every headed-CSV adapter shares, so that an adapter states only its format: its ids and
 * charset are given once (detection decodes the header in the same charset the rows are read in),
 * its header is recognised and its columns are found by {@link CsvHeader}'s one comparison rule,
 * and its rows are read by {@link CsvTableReader}.
 */
public abstract class CsvSourceAdapter implements SourceAdapter {
  private final String datasetId;
  private final String formatId;
  private final Charset charset;

  protected CsvSourceAdapter(String datasetId, String formatId, Charset charset) {
    this.datasetId = requireNonNull(datasetId, "datasetId is null");
    this.formatId = requireNonNull(formatId, "formatId is null");
    this.charset = requireNonNull(charset, "charset is null");
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
  public final Charset charset() {
    return charset;
  }

  @Override
  public final boolean recognises(TableHeader header) {
    return recognisesColumns(CsvHeader.of(header));
  }

  /** Whether these columns (compared as {@link CsvHeader} compares them) identify the format. */
  protected abstract boolean recognisesColumns(CsvHeader header);

  @Override
  public final void read(SourceTable table, RowSink sink) throws IOException {
    CsvTableReader.read(table, charset, this::bind, sink);
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
