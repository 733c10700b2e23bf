package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.devpay.core.data.UserDataset;
import org.devpay.core.error.DevpayException;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.UnknownLabel;
import org.devpay.sources.NormalizedRow;
import org.devpay.sources.NormalizedRows;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.store.DevpayStore;
import org.devpay.store.RejectionStage;
import org.devpay.store.RowCounts;
import org.devpay.store.TableSource;
import org.devpay.store.TableWriter;
import org.devpay.store.UnknownLabelCount;

/**
 * One table's ingest as one transaction: its {@link NormalizedRows} (the adapter's rows through the
 * normalizer, normalized in parallel and handed over in order) go to the store's {@link
 * TableWriter}, and the source_file row is written last; the transaction commits only after all of
 * it. Any exception rolls the whole table back, so the database holds all of a file or nothing of
 * it.
 */
final class FileIngestion {
  /**
   * Threads that normalize a table's rows while its adapter reads on another and this one appends
   * to the store: one per core, since the reader and the appender are often waiting.
   */
  static final int NORMALIZE_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final DevpayStore store;
  private final SourceTable table;
  private final ReadableTable readable;
  private final SourceAdapter adapter;
  private final String containerSha256;
  private final ContentDigest digest;
  private final Normalizer normalizer;
  private final IngestListener listener;
  private final long startNanos;

  /** Unknown labels of accepted rows: edition, taxonomy and label, with their rows. */
  private final Map<List<String>, Long> unknown = new HashMap<>();

  /** The writer of the table; kept to report how far a failed table got. */
  private TableWriter writer;

  FileIngestion(
      DevpayStore store,
      ReadableTable readable,
      SourceAdapter adapter,
      String containerSha256,
      ContentDigest digest,
      Normalizer normalizer,
      IngestListener listener,
      long startNanos) {
    this.store = requireNonNull(store, "store is null");
    this.readable = requireNonNull(readable, "readable is null");
    this.table = readable.table();
    this.adapter = requireNonNull(adapter, "adapter is null");
    this.containerSha256 = requireNonNull(containerSha256, "containerSha256 is null");
    this.digest = requireNonNull(digest, "digest is null");
    this.normalizer = requireNonNull(normalizer, "normalizer is null");
    this.listener = requireNonNull(listener, "listener is null");
    this.startNanos = startNanos;
  }

  IngestReport run() {
    TableSource source =
        new TableSource(
            digest.sha256(),
            digest.identitySha256(),
            adapter.formatId(),
            adapter.datasetId(),
            TableIngest.storedPath(table),
            table.entryName(),
            containerSha256,
            digest.bytes());
    try (TableWriter opened = store.beginTable(source)) {
      writer = opened;
      try {
        listener.tableStarted(table, OptionalLong.of(digest.bytes()));
        NormalizedRows.of(readable, adapter, normalizer)
            .pipelined(NORMALIZE_WORKERS)
            .forEach(this::store);
        // Flushing the appenders into the open transaction reports constraint errors.
        writer.finishRows();
        RowCounts rows = writer.counts();
        List<UnknownLabelCount> unknownLabels = unknownLabels();
        writer.recordUnknownLabels(unknownLabels);
        Optional<UserDataset> userDataset = adapter.userDataset();
        if (userDataset.isPresent()) {
          writer.recordUserDataset(userDataset.get());
        }
        writer.commit(elapsed(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return IngestReport.ingested(
            table,
            adapter.formatId(),
            adapter.datasetId(),
            digest.sha256(),
            rows,
            elapsed(),
            unknownLabels);
      } catch (Exception | Error e) {
        writer.rollback(e);
        throw e;
      }
    } catch (Exception e) {
      long rowsRead = writer == null ? 0 : writer.rowsRead();
      String detail =
          DevpayException.describe(e)
              + (rowsRead > 0
                  ? " (after " + rowsRead + " rows; nothing of this table was stored)"
                  : " (nothing of this table was stored)");
      return IngestReport.failed(
          table,
          Optional.of(adapter.formatId()),
          Optional.of(adapter.datasetId()),
          Optional.of(digest.sha256()),
          Failures.category(e),
          detail,
          elapsed());
    }
  }

  /** Stores one row: a record (or the duplicate it turns out to be), or a rejection. */
  private void store(NormalizedRow row) throws java.sql.SQLException {
    if (row instanceof NormalizedRow.Accepted accepted) {
      boolean stored =
          writer.appendRecord(
              accepted.rowNumber(),
              accepted.record(),
              accepted.publishedKey(),
              accepted.rowSha256(),
              accepted::rawText);
      if (stored) {
        for (UnknownLabel label : accepted.unknownLabels()) {
          unknown.merge(
              List.of(accepted.record().edition(), label.taxonomy().id(), label.label()),
              1L,
              Long::sum);
        }
      }
    } else if (row instanceof NormalizedRow.Rejected rejected) {
      writer.appendRejection(
          rejected.rowNumber(),
          rejected.stage() == NormalizedRow.Stage.ADAPTER
              ? RejectionStage.ADAPTER
              : RejectionStage.NORMALIZER,
          rejected.rejection());
    }
    if (writer.rowsRead() % Ingestor.PROGRESS_INTERVAL_ROWS == 0) {
      listener.rowsProcessed(table, writer.rowsRead());
    }
  }

  /** The unknown labels counted, by edition and taxonomy, most rows first, then by label. */
  private List<UnknownLabelCount> unknownLabels() {
    List<UnknownLabelCount> counts = new ArrayList<>();
    unknown.forEach(
        (key, rows) ->
            counts.add(
                new UnknownLabelCount(
                    adapter.datasetId(),
                    key.get(0),
                    UnknownLabel.Taxonomy.parse(key.get(1)),
                    key.get(2),
                    rows)));
    counts.sort(
        Comparator.comparing(UnknownLabelCount::edition)
            .thenComparing(UnknownLabelCount::taxonomy)
            .thenComparing(Comparator.comparingLong(UnknownLabelCount::rows).reversed())
            .thenComparing(UnknownLabelCount::label));
    return counts;
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
