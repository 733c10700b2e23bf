package org.devpay.sources;

import java.io.IOException;

/**
 * Reads one family of published files into raw rows: the plug-in point for a new dataset, a new
 * yearly schema or a user's mapped file. An adapter recognises its tables by their columns,
 * whatever their encoding, delimiter or container (CSV, TSV, XLSX sheet); it knows nothing of the
 * store or of normalization.
 */
public interface SourceAdapter {
  /** Catalog id of the dataset this format belongs to, such as "dou-ua". */
  String datasetId();

  /** Unique id of the format, such as "dou-ua/specializations". */
  String formatId();

  /**
   * How this header (the first records of a table) compares with the format: recognised, or which
   * needed columns it lacks.
   */
  HeaderMatch match(TableHeader header);

  /** Whether this header identifies the format. */
  default boolean recognises(TableHeader header) {
    return match(header).recognised();
  }

  /**
   * Streams every data row of the table to the sink, one call per row. Malformed rows are rejected
   * with a reason, never thrown; an IOException means the file itself is unreadable.
   */
  void read(ReadableTable table, RowSink sink) throws IOException;

  /**
   * The dataset this adapter's tables form when a user described it in a mapping file, stored with
   * each table it reads so the dataset is cited as the mapping states; empty for every shipped
   * format, which the catalog describes.
   */
  default java.util.Optional<org.devpay.core.data.UserDataset> userDataset() {
    return java.util.Optional.empty();
  }

  /**
   * Reads a table after detecting its encoding and delimiter (see {@link ReadableTable#detect}).
   */
  default void read(SourceTable table, RowSink sink) throws IOException {
    read(ReadableTable.detect(table), sink);
  }
}
