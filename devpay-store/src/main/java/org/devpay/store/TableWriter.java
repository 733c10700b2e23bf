package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Supplier;
import org.devpay.core.data.UserDataset;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes one table into the store as one transaction: its records through an appender, those of a
 * large table past its first {@link #SPILL_FROM} in bulk chunks ({@link RecordSpill}), and its
 * rejected rows through an appender, then what the table holds and where it came from; nothing is
 * visible until {@link #commit}, and {@link #rollback} (or closing without a commit) leaves the
 * store as it was. A record whose respondent or content the edition already holds is stored as a
 * duplicate_row rejection instead (stage store), so no row is counted twice. It counts what it
 * stores, so rows read = accepted + rejected holds for the table it records.
 *
 * <p>Obtained from {@link DevpayStore#beginTable}; used by one thread, and the store is not queried
 * meanwhile (the connection is inside the transaction): hold the store's lock for the whole table.
 */
public final class TableWriter implements AutoCloseable {
  /**
   * Records of a table appended through the Appender before the rest are spilled: a spill's file
   * and load cost some milliseconds, more than the Appender takes for a small table's records. From
   * about 2,000 records the bulk load is as fast or faster, the gap growing with the table
   * (RecordLoadBenchmark, store and commit included, alternating: 2,000 records 0.12-0.21 s loaded
   * in bulk against 0.14-0.62 s appended, 8,000 records 0.22-0.40 s against 0.23-0.70 s, 30,000
   * records 0.38-0.53 s against 0.50-1.07 s). At 32,768, the real data's tables (most of them under
   * that) were all appended; from 2,048 the shared data's ingest took 12.3-13.7 s against 12.5-14.7
   * s in four alternating pairs (a gain within the machine's noise), every stored row the same.
   */
  static final long SPILL_FROM = 2_048;

  private final DuckDBConnection connection;
  private final TableSource source;
  private final Statement statement;
  private final StoredRows stored;
  private final long spillFrom;
  private final EnumMap<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);
  private RecordSpill spill;
  private DuckDBAppender records;
  private DuckDBAppender rejections;
  private boolean ended;
  private long read;
  private long accepted;
  private long rejected;

  private TableWriter(
      DuckDBConnection connection, TableSource source, Statement statement, long spillFrom) {
    this.connection = connection;
    this.spillFrom = spillFrom;
    this.source = source;
    this.statement = statement;
    this.stored = new StoredRows(connection);
  }

  /** Begins the transaction and opens the appenders; on failure, leaves nothing open. */
  static TableWriter begin(DuckDBConnection connection, TableSource source) throws SQLException {
    return begin(
        connection,
        source,
        SPILL_FROM,
        RecordSpill.CHUNK_CHARS,
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * As {@link #begin(DuckDBConnection, TableSource)}, the records from the {@code spillFrom}-th on
   * spilled into {@code directory} a chunk of {@code chunkChars} characters at a time (tests spill
   * small tables in small chunks).
   */
  static TableWriter begin(
      DuckDBConnection connection,
      TableSource source,
      long spillFrom,
      long chunkChars,
      Path directory)
      throws SQLException {
    requireNonNull(source, "source is null");
    Statement statement = connection.createStatement();
    TableWriter writer = new TableWriter(connection, source, statement, spillFrom);
    try {
      // The driver opens a JDBC transaction lazily, on the next statement, so an appender used
      // first would auto-commit its rows. An explicit BEGIN puts the appenders inside it.
      statement.execute("BEGIN TRANSACTION");
      writer.spill = new RecordSpill(statement, source.contentSha256(), chunkChars, directory);
      writer.records = connection.createAppender(PayRecordTable.NAME);
      writer.rejections = connection.createAppender("rejected_row");
      return writer;
    } catch (SQLException | RuntimeException e) {
      writer.rollback(e);
      writer.close();
      throw e;
    }
  }

  /** The table being written. */
  public TableSource source() {
    return source;
  }

  /**
   * Appends a record, or, when its edition already holds its respondent (a published id) or its
   * content, a duplicate_row rejection at stage store.
   *
   * @param publishedKey whether the record's respondent key is an id the source publishes
   * @param rowSha256 the digest of the row's content
   * @param rawText the row as read, for the rejection of a duplicate
   * @return whether the row was stored as a record
   */
  public boolean appendRecord(
      long rowNumber,
      PayRecord record,
      boolean publishedKey,
      String rowSha256,
      Supplier<String> rawText)
      throws SQLException {
    String duplicate =
        stored.duplicate(
            record.datasetId(), record.edition(), record.respondentKey(), publishedKey, rowSha256);
    if (!duplicate.isEmpty()) {
      appendRejection(
          rowNumber,
          RejectionStage.STORE,
          new Rejection(rowNumber, RejectReason.DUPLICATE_ROW, duplicate, rawText.get()));
      return false;
    }
    if (accepted < spillFrom || !spill.add(rowNumber, record, rowSha256)) {
      PayRecordTable.append(records, source.contentSha256(), rowNumber, record, rowSha256);
    }
    read++;
    accepted++;
    return true;
  }

  /** Appends a rejected row, under this row number, with where it was rejected. */
  public void appendRejection(long rowNumber, RejectionStage stage, Rejection rejection)
      throws SQLException {
    rejections.beginRow();
    rejections.append(source.contentSha256());
    rejections.append(rowNumber);
    rejections.append(stage.id());
    rejections.append(rejection.reason().name());
    rejections.append(rejection.detail());
    rejections.append(rejection.raw());
    rejections.endRow();
    read++;
    rejected++;
    rejectedByReason.merge(rejection.reason(), 1L, Long::sum);
  }

  /** Rows appended so far, records and rejections. */
  public long rowsRead() {
    return read;
  }

  /** The balance of the rows appended so far. */
  public RowCounts counts() {
    return new RowCounts(read, accepted, rejected, rejectedByReason);
  }

  /**
   * Ends the rows: flushes the appenders into the transaction, which reports constraint errors.
   * Records and rejections cannot be appended after it.
   */
  public void finishRows() throws SQLException {
    RecordSpill recordSpill = spill;
    DuckDBAppender recordAppender = records;
    DuckDBAppender rejectionAppender = rejections;
    spill = null;
    records = null;
    rejections = null;
    try (recordSpill;
        recordAppender;
        rejectionAppender) {
      recordSpill.flush();
      // Closing flushes the appenders.
    }
  }

  /** Records the labels of the table's accepted rows that a taxonomy does not know. */
  public void recordUnknownLabels(List<UnknownLabelCount> counts) throws SQLException {
    try (DuckDBAppender appender = connection.createAppender("unknown_label")) {
      for (UnknownLabelCount count : counts) {
        appender.beginRow();
        appender.append(source.contentSha256());
        appender.append(count.datasetId());
        appender.append(count.edition());
        appender.append(count.taxonomy().id());
        appender.append(count.label());
        appender.append(count.rows());
        appender.endRow();
      }
    }
  }

  /** Records the user-provided dataset the table belongs to, as its mapping file describes it. */
  public void recordUserDataset(UserDataset dataset) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO user_dataset VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      insert.setString(++i, source.contentSha256());
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

  /**
   * Records the table in source_file, with the rows appended, and its container entry, then
   * commits: the table is in the store from here on.
   *
   * @param duration how long the ingest took, as source_file records it
   * @param ingestedAt when it was ingested
   */
  public void commit(Duration duration, Instant ingestedAt) throws SQLException {
    if (records != null) {
      finishRows();
    }
    RowCounts rows = counts();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO source_file (content_sha256, format_id, dataset_id, path, entry_name,"
                + " container_sha256, content_bytes, ingested_at, rows_read, rows_accepted,"
                + " rows_rejected, duration_ms, identity_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      insert.setString(++i, source.contentSha256());
      insert.setString(++i, source.formatId());
      insert.setString(++i, source.datasetId());
      insert.setString(++i, source.path());
      insert.setString(++i, source.entryName());
      insert.setString(++i, source.containerSha256());
      insert.setLong(++i, source.contentBytes());
      insert.setObject(++i, OffsetDateTime.ofInstant(ingestedAt, ZoneOffset.UTC));
      insert.setLong(++i, rows.read());
      insert.setLong(++i, rows.accepted());
      insert.setLong(++i, rows.rejected());
      insert.setLong(++i, duration.toMillis());
      insert.setString(++i, source.identitySha256());
      insert.executeUpdate();
    }
    DevpayStore.insertContainer(
        connection,
        source.containerSha256(),
        source.path(),
        source.entryName(),
        source.contentSha256(),
        ingestedAt);
    statement.execute("COMMIT");
    ended = true;
  }

  /**
   * Rolls the table back: nothing of it stays in the store. Failures while rolling back are added
   * to the cause as suppressed, so the first failure stays the one reported.
   */
  public void rollback(Throwable cause) {
    if (ended) {
      return;
    }
    ended = true;
    if (spill != null) {
      try {
        spill.close();
      } catch (SQLException | RuntimeException e) {
        cause.addSuppressed(e);
      }
      spill = null;
    }
    for (DuckDBAppender appender : new DuckDBAppender[] {rejections, records}) {
      if (appender != null) {
        try {
          appender.close();
        } catch (SQLException | RuntimeException e) {
          cause.addSuppressed(e);
        }
      }
    }
    records = null;
    rejections = null;
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException | RuntimeException e) {
      // A failed COMMIT has already ended the transaction; keep the first failure visible.
      cause.addSuppressed(e);
    }
  }

  /** Rolls back a table that was not committed, then releases the writer. */
  @Override
  public void close() throws SQLException {
    if (!ended) {
      rollback(new IllegalStateException("table closed without a commit"));
    }
    statement.close();
  }
}
