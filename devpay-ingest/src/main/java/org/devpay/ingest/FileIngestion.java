package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.UnknownLabel;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.catalog.UserDataset;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * One table's ingest as one transaction: the adapter streams rows, the normalizer turns each into a
 * record or a rejection, appenders bulk-load both, and the source_file row is written last; the
 * transaction commits only after all of it. Any exception rolls the whole table back, so the
 * database holds all of a file or nothing of it.
 */
final class FileIngestion {
  /** How a rejected row is labelled by where it was rejected. */
  static final String ADAPTER_STAGE = "adapter";

  static final String NORMALIZER_STAGE = "normalizer";

  /** Rejected by the store itself: a duplicate of a row the edition already holds. */
  static final String STORE_STAGE = "store";

  private final DuckDBConnection connection;
  private final SourceTable table;
  private final ReadableTable readable;
  private final SourceAdapter adapter;
  private final String containerSha256;
  private final ContentDigest digest;
  private final Normalizer normalizer;
  private final IngestListener listener;
  private final long startNanos;

  /** The sink of the rows being read; kept to report how far a failed table got. */
  private StoreSink sink;

  FileIngestion(
      DuckDBConnection connection,
      ReadableTable readable,
      SourceAdapter adapter,
      String containerSha256,
      ContentDigest digest,
      Normalizer normalizer,
      IngestListener listener,
      long startNanos) {
    this.connection = requireNonNull(connection, "connection is null");
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
    try (Statement statement = connection.createStatement()) {
      // The driver opens a JDBC transaction lazily, on the next statement, so an appender used
      // first would auto-commit its rows. An explicit BEGIN puts the appenders inside it.
      statement.execute("BEGIN TRANSACTION");
      try {
        listener.tableStarted(table, OptionalLong.of(digest.bytes()));
        RowCounts rows = appendRows();
        List<UnknownLabelCount> unknownLabels = sink.unknownLabels();
        insertUnknownLabels(unknownLabels);
        Optional<UserDataset> userDataset = adapter.userDataset();
        if (userDataset.isPresent()) {
          insertUserDataset(userDataset.get());
        }
        Duration duration = elapsed();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        insertSourceFile(rows, duration, now);
        DevpayStore.insertContainer(connection, containerSha256, table, digest.sha256(), now);
        statement.execute("COMMIT");
        return IngestReport.ingested(
            table,
            adapter.formatId(),
            adapter.datasetId(),
            digest.sha256(),
            rows,
            elapsed(),
            unknownLabels);
      } catch (Exception e) {
        rollback(statement, e);
        throw e;
      } catch (Error e) {
        rollback(statement, e);
        throw e;
      }
    } catch (Exception e) {
      long rowsRead = sink == null ? 0 : sink.read;
      String detail =
          Failures.describe(e)
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

  /** Streams the adapter's rows into the appenders; returns the counts once all are flushed. */
  private RowCounts appendRows() throws Exception {
    try (DuckDBAppender records = connection.createAppender(PayRecordTable.NAME);
        DuckDBAppender rejections = connection.createAppender("rejected_row")) {
      sink = new StoreSink(records, rejections, new StoredRows(connection));
      Exception adapterFailure = null;
      try {
        adapter.read(readable, sink);
      } catch (IOException | RuntimeException e) {
        adapterFailure = e;
      }
      // The sink's own failure is the root cause; the adapter then only saw the abort signal. An
      // adapter that swallowed the signal still fails the table here.
      if (sink.failure != null) {
        throw sink.failure;
      }
      if (adapterFailure != null) {
        throw adapterFailure;
      }
      // Closing flushes the appenders into the open transaction, and reports constraint errors.
      return sink.counts();
    }
  }

  private void insertSourceFile(RowCounts rows, Duration duration, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO source_file (content_sha256, format_id, dataset_id, path, entry_name,"
                + " container_sha256, content_bytes, ingested_at, rows_read, rows_accepted,"
                + " rows_rejected, duration_ms, identity_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      insert.setString(++i, digest.sha256());
      insert.setString(++i, adapter.formatId());
      insert.setString(++i, adapter.datasetId());
      insert.setString(++i, DevpayStore.storedPath(table));
      insert.setString(++i, table.entryName());
      insert.setString(++i, containerSha256);
      insert.setLong(++i, digest.bytes());
      insert.setObject(++i, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.setLong(++i, rows.read());
      insert.setLong(++i, rows.accepted());
      insert.setLong(++i, rows.rejected());
      insert.setLong(++i, duration.toMillis());
      insert.setString(++i, digest.identitySha256());
      insert.executeUpdate();
    }
  }

  private void insertUnknownLabels(List<UnknownLabelCount> counts) throws SQLException {
    try (DuckDBAppender appender = connection.createAppender("unknown_label")) {
      for (UnknownLabelCount count : counts) {
        appender.beginRow();
        appender.append(digest.sha256());
        appender.append(count.datasetId());
        appender.append(count.edition());
        appender.append(count.taxonomy().id());
        appender.append(count.label());
        appender.append(count.rows());
        appender.endRow();
      }
    }
  }

  private void insertUserDataset(UserDataset dataset) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO user_dataset VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      insert.setString(++i, digest.sha256());
      insert.setString(++i, dataset.datasetId());
      insert.setString(++i, dataset.edition());
      insert.setString(++i, dataset.title());
      insert.setString(++i, dataset.publisher());
      insert.setString(++i, dataset.licence());
      insert.setString(++i, dataset.attribution());
      insert.setString(++i, dataset.url().orElse(""));
      insert.setString(++i, dataset.roleField());
      insert.setString(++i, dataset.payField());
      insert.setString(++i, dataset.payDescription());
      insert.setString(++i, dataset.mappingFile());
      insert.setString(++i, dataset.mappingText());
      insert.executeUpdate();
    }
  }

  private static void rollback(Statement statement, Throwable cause) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException | RuntimeException e) {
      // A failed COMMIT has already ended the transaction; keep the first failure visible.
      cause.addSuppressed(e);
    }
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * Receives the adapter's rows. After its first failure it records the cause and throws on every
   * call, so the adapter stops; the cause, not the adapter's reaction to it, is reported.
   */
  private final class StoreSink implements RowSink {
    private final DuckDBAppender records;
    private final DuckDBAppender rejections;
    private final StoredRows stored;
    private final EnumMap<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);

    /** Unknown labels of accepted rows: edition, taxonomy and label, with their rows. */
    private final Map<List<String>, Long> unknown = new HashMap<>();

    private long read;
    private long accepted;
    private long rejected;
    private Exception failure;

    StoreSink(DuckDBAppender records, DuckDBAppender rejections, StoredRows stored) {
      this.records = records;
      this.rejections = rejections;
      this.stored = stored;
    }

    @Override
    public void accept(RawRecord raw) {
      accept(raw, null);
    }

    @Override
    public void accept(RawRecord raw, List<String> rawFields) {
      checkNotFailed();
      try {
        NormalizationResult result = normalizer.normalize(raw);
        if (result instanceof NormalizationResult.Accepted acceptedResult) {
          PayRecord record = acceptedResult.record();
          if (!record.datasetId().equals(adapter.datasetId())) {
            throw new IllegalStateException(
                "row "
                    + raw.rowNumber()
                    + " was normalized to dataset "
                    + record.datasetId()
                    + " but the table belongs to "
                    + adapter.datasetId());
          }
          String rowSha256 =
              rawFields == null ? StoredRows.digest(raw) : StoredRows.digest(rawFields);
          String duplicate =
              stored.duplicate(
                  record.datasetId(),
                  record.edition(),
                  record.respondentKey(),
                  raw.publishedKey(),
                  rowSha256);
          if (!duplicate.isEmpty()) {
            appendRejection(
                raw.rowNumber(),
                STORE_STAGE,
                new Rejection(
                    raw.rowNumber(),
                    RejectReason.DUPLICATE_ROW,
                    duplicate,
                    rawFields == null ? "" : Rejection.joinFields(rawFields)));
            progress();
            return;
          }
          PayRecordTable.append(records, digest.sha256(), raw.rowNumber(), record, rowSha256);
          read++;
          accepted++;
          for (UnknownLabel label : acceptedResult.unknownLabels()) {
            unknown.merge(
                List.of(record.edition(), label.taxonomy().id(), label.label()), 1L, Long::sum);
          }
        } else if (result instanceof NormalizationResult.Rejected rejectedResult) {
          // The adapter's row number identifies the row; the normalizer only explains it.
          appendRejection(raw.rowNumber(), NORMALIZER_STAGE, rejectedResult.rejection());
        } else {
          throw new IllegalStateException("normalizer returned " + result);
        }
        progress();
      } catch (SQLException | RuntimeException e) {
        throw fail(e);
      }
    }

    @Override
    public void reject(Rejection rejection) {
      checkNotFailed();
      try {
        appendRejection(rejection.rowNumber(), ADAPTER_STAGE, rejection);
        progress();
      } catch (SQLException | RuntimeException e) {
        throw fail(e);
      }
    }

    private void appendRejection(long rowNumber, String stage, Rejection rejection)
        throws SQLException {
      rejections.beginRow();
      rejections.append(digest.sha256());
      rejections.append(rowNumber);
      rejections.append(stage);
      rejections.append(rejection.reason().name());
      rejections.append(rejection.detail());
      rejections.append(rejection.raw());
      rejections.endRow();
      read++;
      rejected++;
      rejectedByReason.merge(rejection.reason(), 1L, Long::sum);
    }

    private void progress() {
      if (read % DevpayStore.PROGRESS_INTERVAL_ROWS == 0) {
        listener.rowsProcessed(table, read);
      }
    }

    private void checkNotFailed() {
      if (failure != null) {
        throw new IngestAborted(failure);
      }
    }

    private IngestAborted fail(Exception cause) {
      failure = cause;
      return new IngestAborted(cause);
    }

    RowCounts counts() {
      return new RowCounts(read, accepted, rejected, rejectedByReason);
    }

    /** The unknown labels counted, by edition and taxonomy, most rows first, then by label. */
    List<UnknownLabelCount> unknownLabels() {
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
  }

  /** Tells the adapter to stop reading: storing a row failed. */
  private static final class IngestAborted extends RuntimeException {
    IngestAborted(Throwable cause) {
      // No stack trace: it is a signal; the cause carries the diagnosis.
      super("ingest aborted: " + cause, cause, false, false);
    }
  }
}
