package org.devpay.ingest;

import java.util.OptionalLong;
import org.devpay.sources.SourceTable;

/**
 * Progress callbacks of an ingest, so the CLI can draw a progress bar without the store knowing
 * about terminals. Every method has a no-op default; callbacks arrive on the ingesting thread, in
 * order, and should return quickly. An exception thrown here fails the table being ingested.
 */
public interface IngestListener {
  /** Ignores every callback. */
  IngestListener NONE = new IngestListener() {};

  /**
   * A run over paths has found its work: one report will follow per entry (a table, or a file that
   * could not be opened or holds no table).
   */
  default void runStarted(int entries) {}

  /**
   * Rows of a table are about to be read.
   *
   * @param contentBytes size of the decompressed table, when known
   */
  default void tableStarted(SourceTable table, OptionalLong contentBytes) {}

  /** Called every {@link Ingestor#PROGRESS_INTERVAL_ROWS} rows read, with the rows so far. */
  default void rowsProcessed(SourceTable table, long rowsRead) {}

  /** One entry is done; called exactly once per report, whatever the outcome. */
  default void tableFinished(IngestReport report) {}
}
