package org.devpay.sources;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Reads one published file format into raw rows: the plug-in point for a new dataset or a new
 * yearly schema. An adapter knows its columns, labels and encoding; it knows nothing of the store
 * or of normalization.
 */
public interface SourceAdapter {
  /** Catalog id of the dataset this format belongs to, such as "dou-ua". */
  String datasetId();

  /** Unique id of the format, such as "dou-ua/2025-06". */
  String formatId();

  /** Charset of the format's files, used to decode the header for detection and to read rows. */
  Charset charset();

  /** Whether this header (decoded with {@link #charset()}) identifies the format. */
  boolean recognises(TableHeader header);

  /**
   * Streams every data row of the table to the sink, one call per row. Malformed rows are rejected
   * with a reason, never thrown; an IOException means the file itself is unreadable.
   */
  void read(SourceTable table, RowSink sink) throws IOException;
}
