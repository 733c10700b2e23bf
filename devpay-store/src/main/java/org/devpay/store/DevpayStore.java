package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.UserDataset;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB store: one file holding every ingested table's pay records, its rejected rows
 * with their reasons, and where each table came from. A table is written in one transaction by a
 * {@link TableWriter} and keyed by the SHA-256 of its decompressed bytes; the ingest run that feeds
 * it lives in devpay-ingest. Queries return core model values, so analyses never see SQL.
 *
 * <p>One operation runs at a time: methods are synchronized on the store, because a DuckDB
 * connection is not meant for concurrent use. Only one process can open a store file at a time
 * (DuckDB locks it).
 */
public final class DevpayStore implements AutoCloseable {
  /** A DuckDB database file has "DUCK" at byte 8, after the header's checksum. */
  private static final int DUCKDB_MAGIC_OFFSET = 8;

  private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

  private final Path file;
  private final DuckDBConnection connection;

  /** The store's schema version: older than {@link Schema#VERSION} only for a read-only store. */
  private final int schemaVersion;

  /** The reads of source_file, user_dataset and unknown_label. */
  private final SourceFiles sourceFiles;

  private DevpayStore(Path file, DuckDBConnection connection, int schemaVersion) {
    this.file = file;
    this.connection = connection;
    this.schemaVersion = schemaVersion;
    this.sourceFiles = new SourceFiles(connection, file, schemaVersion);
  }

  /**
   * Opens the store file, creating it (and its directory) with the current schema if absent.
   *
   * @throws DevpayException USER_INPUT when the file is not a devpay store (another DuckDB
   *     database, or not a DuckDB file at all); ENVIRONMENT when it cannot be opened (locked by
   *     another process, unreadable) or was written by a newer devpay
   */
  public static DevpayStore open(Path file) {
    requireNonNull(file, "file is null");
    Path absolute = file.toAbsolutePath().normalize();
    DuckDBConnection connection = null;
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      requireDuckDbFileOrNone(absolute);
      connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute);
      Schema.ensure(connection, absolute);
      return new DevpayStore(absolute, connection, Schema.VERSION);
    } catch (IOException | SQLException e) {
      closeQuietly(connection, e);
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          "cannot open the store " + absolute + ": " + DevpayException.describe(e),
          e);
    } catch (RuntimeException e) {
      closeQuietly(connection, e);
      throw e;
    }
  }

  /**
   * Opens an existing store file for reading only. DuckDB lets several processes read a file but
   * none write it meanwhile, so a reader that keeps a store open blocks every ingest: long-running
   * readers (the HTTP server) open, read and close again rather than hold it.
   *
   * @throws DevpayException MISSING_DATA when there is no store file; USER_INPUT when the file is
   *     not a devpay store; ENVIRONMENT when it cannot be opened (an ingest holds it, unreadable)
   */
  public static DevpayStore openReadOnly(Path file) {
    requireNonNull(file, "file is null");
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          "no store at "
              + absolute
              + ": ingest data first (./devpay answer --data DIR, or ./devpay ingest FILE|DIR)");
    }
    DuckDBConnection connection = null;
    try {
      requireDuckDbFileOrNone(absolute);
      java.util.Properties properties = new java.util.Properties();
      properties.setProperty("duckdb.read_only", "true");
      connection =
          (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute, properties);
      int version = Schema.check(connection, absolute);
      return new DevpayStore(absolute, connection, version);
    } catch (IOException | SQLException e) {
      closeQuietly(connection, e);
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          "cannot open the store " + absolute + " for reading: " + DevpayException.describe(e),
          e);
    } catch (RuntimeException e) {
      closeQuietly(connection, e);
      throw e;
    }
  }

  /**
   * Refuses an existing file that is not a DuckDB database before DuckDB sees it: DuckDB would
   * otherwise open, say, a CSV file as a read-only database of its rows, and a mistyped --db would
   * surface as a confusing error later.
   */
  private static void requireDuckDbFileOrNone(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      return;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(DUCKDB_MAGIC_OFFSET + DUCKDB_MAGIC.length);
    }
    byte[] magic =
        Arrays.copyOfRange(head, Math.min(DUCKDB_MAGIC_OFFSET, head.length), head.length);
    if (!Arrays.equals(magic, DUCKDB_MAGIC)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          file + " is not a DuckDB database, so it cannot be a devpay store: name another file");
    }
  }

  /** The store file, absolute. */
  public Path file() {
    return file;
  }

  /**
   * Begins writing one table, in one transaction: see {@link TableWriter}. Hold the store's lock
   * ({@code synchronized (store)}) from here until the writer is closed, so no other call runs
   * inside the table's transaction.
   *
   * @throws SQLException when the transaction cannot begin; nothing is then open
   */
  public synchronized TableWriter beginTable(TableSource source) throws SQLException {
    return TableWriter.begin(connection, source);
  }

  /**
   * As {@link #beginTable(TableSource)}, spilling records from the {@code spillFrom}-th on in
   * chunks of this size into there.
   */
  synchronized TableWriter beginTable(
      TableSource source, long spillFrom, long chunkChars, Path spillDirectory)
      throws SQLException {
    return TableWriter.begin(connection, source, spillFrom, chunkChars, spillDirectory);
  }

  /** The ingested table with this content hash, if the store holds it. */
  public synchronized Optional<IngestedFile> ingestedFile(String contentSha256) {
    return sourceFiles.ingestedFile(contentSha256);
  }

  /** The stored table held by this entry of a container with this hash, if any. */
  public synchronized Optional<KnownTable> knownTableInContainer(
      String containerSha256, String entryName) {
    requireNonNull(containerSha256, "containerSha256 is null");
    requireNonNull(entryName, "entryName is null");
    return sourceFiles.knownTableInContainer(containerSha256, entryName);
  }

  /**
   * The stored table with this content hash, or whose identity (the same text with other line ends,
   * final newline or byte-order mark) is this one, if any.
   */
  public synchronized Optional<KnownTable> knownTable(String contentSha256, String identitySha256) {
    requireNonNull(contentSha256, "contentSha256 is null");
    requireNonNull(identitySha256, "identitySha256 is null");
    return sourceFiles.knownTable(contentSha256, identitySha256);
  }

  /** Every ingested table, with its row balance and rejections by reason, sorted by location. */
  public synchronized List<IngestedFile> ingestedFiles() {
    return sourceFiles.ingestedFiles();
  }

  /**
   * The content SHA-256 of every ingested table, in ascending order: what the data version hashes.
   */
  public synchronized List<String> contentHashes() {
    return sourceFiles.contentHashes();
  }

  /**
   * The ingested tables that hold records of one edition of a dataset, as an answer cites them
   * (location, content hash, format, row balance), sorted by location. Read from source_file alone:
   * a citation has no use for the rejections by reason.
   */
  public synchronized List<CitedFile> sourcesOf(String datasetId, String edition) {
    return sourceFiles.sourcesOf(datasetId, edition);
  }

  /** Each edition the store holds with its number of records, sorted by dataset and edition. */
  private static final String EDITION_SIZES =
      "SELECT dataset_id, edition, count(*) FROM pay_record GROUP BY ALL ORDER BY ALL";

  /** The number of records of each edition the store holds. */
  public synchronized Map<EditionKey, Long> editionSizes() {
    return query(
        EDITION_SIZES,
        List.of(),
        rs -> {
          Map<EditionKey, Long> sizes = new HashMap<>();
          while (rs.next()) {
            sizes.put(new EditionKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
          }
          return Map.copyOf(sizes);
        });
  }

  /** The datasets with at least one ingested table, sorted by id. */
  public synchronized List<DatasetSummary> datasets() {
    Map<String, List<String>> editions = new HashMap<>();
    Map<String, Long> records = new HashMap<>();
    query(
        EDITION_SIZES,
        List.of(),
        rs -> {
          while (rs.next()) {
            String dataset = rs.getString(1);
            editions.computeIfAbsent(dataset, d -> new ArrayList<>()).add(rs.getString(2));
            records.merge(dataset, rs.getLong(3), Long::sum);
          }
          return null;
        });
    return query(
        "SELECT dataset_id, count(*) FROM source_file GROUP BY ALL ORDER BY ALL",
        List.of(),
        rs -> {
          List<DatasetSummary> summaries = new ArrayList<>();
          while (rs.next()) {
            String dataset = rs.getString(1);
            summaries.add(
                new DatasetSummary(
                    dataset,
                    editions.getOrDefault(dataset, List.of()),
                    records.getOrDefault(dataset, 0L),
                    rs.getLong(2)));
          }
          return summaries;
        });
  }

  /**
   * Every record of a dataset (empty for an unknown dataset), ordered by edition, source file
   * location (path, entry), row number and content hash, so analyses see the same order on every
   * run.
   */
  public synchronized List<PayRecord> records(String datasetId) {
    requireNonNull(datasetId, "datasetId is null");
    return RecordsRead.read(connection, file, datasetId);
  }

  /** Every record of one edition of a dataset, in the order of {@link #records(String)}. */
  public synchronized List<PayRecord> records(String datasetId, String edition) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    return RecordsRead.read(connection, file, datasetId, edition);
  }

  /**
   * The records of one edition of a dataset as primitive columns, read in bulk without making a
   * record per row: equal to {@code EditionColumns.of(key, records(datasetId, edition))}, rows in
   * the same order (empty for an unknown edition).
   */
  public synchronized EditionColumns columns(String datasetId, String edition) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    return EditionColumnsRead.read(connection, file, new EditionKey(datasetId, edition));
  }

  /**
   * The columns of several editions, in the order asked, each equal to {@link #columns(String,
   * String)}'s: read together by two queries, where one edition at a time takes two each.
   */
  public synchronized List<EditionColumns> columns(List<EditionKey> editions) {
    requireNonNull(editions, "editions is null");
    editions.forEach(key -> requireNonNull(key, "an edition is null"));
    return EditionColumnsRead.read(connection, file, editions);
  }

  /** The rejected rows of one ingested table, by row number, with their reasons and raw content. */
  public synchronized List<Rejection> rejections(String contentSha256) {
    requireNonNull(contentSha256, "contentSha256 is null");
    return query(
        "SELECT row_number, reason, detail, raw FROM rejected_row WHERE content_sha256 = ?"
            + " ORDER BY row_number, stage",
        List.of(contentSha256),
        rs -> {
          List<Rejection> rejections = new ArrayList<>();
          while (rs.next()) {
            rejections.add(
                new Rejection(
                    rs.getLong(1),
                    RejectReason.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4)));
          }
          return rejections;
        });
  }

  /**
   * The datasets users brought with mapping files, one entry per dataset edition as the mapping of
   * its first table (by location) describes it, sorted by dataset and edition.
   */
  public synchronized List<UserDataset> userDatasets() {
    return sourceFiles.userDatasets();
  }

  /** The user-provided dataset edition with this id, if the store holds one. */
  public synchronized Optional<UserDataset> userDataset(String datasetId, String edition) {
    return sourceFiles.userDataset(datasetId, edition);
  }

  /**
   * The labels of the store's accepted rows that a taxonomy does not know, summed over the tables
   * of each edition: by dataset, edition and taxonomy, most frequent label first.
   */
  public synchronized List<UnknownLabelCount> unknownLabels() {
    return sourceFiles.unknownLabels();
  }

  /** Row counts of every store table, by table name in creation order: for status output. */
  public synchronized Map<String, Long> tableRowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : Schema.TABLES) {
      if (schemaVersion < 2 && Schema.ADDED_IN_2.contains(table)) {
        continue;
      }
      counts.put(
          table,
          query(
              "SELECT count(*) FROM " + table,
              List.of(),
              rs -> {
                rs.next();
                return rs.getLong(1);
              }));
    }
    return counts;
  }

  /**
   * Writes every pay record to {@code directory/pay_record.parquet} with DuckDB's COPY: typed
   * columns, lists as Parquet lists and attributes as a Parquet map, which Spark, pandas and DuckDB
   * read directly. The export holds individual rows: it is for the user's own local store, not for
   * publication (published figures go through the analyses' privacy floor).
   *
   * @return the file written (replaced if it existed)
   */
  public synchronized Path exportParquet(Path directory) {
    return StoreExport.writeAll(connection, directory, ExportFormat.PARQUET);
  }

  /**
   * Writes every pay record to {@code directory/pay_record.csv} (UTF-8, with a header). Lists and
   * attributes are JSON text (["a","b"], {"k":"v"}), as CSV has no nested values and JSON keeps
   * commas inside labels unambiguous. Like the Parquet export, it holds individual rows.
   *
   * @return the file written (replaced if it existed)
   */
  public synchronized Path exportCsv(Path directory) {
    return StoreExport.writeAll(connection, directory, ExportFormat.CSV);
  }

  /**
   * Writes the normalized records and the rejections, one file per edition, into a new or empty
   * folder (see {@link StoreExport}). Like {@link #exportParquet}, the files hold individual rows:
   * they are for the user's own analysis, not for publication.
   */
  public synchronized ExportSummary export(ExportRequest request) {
    return StoreExport.write(connection, request);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT, "cannot close the store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Remembers that this container entry holds this stored content, so that a later run skips it by
   * the container's hash alone; a no-op when already remembered.
   */
  public synchronized void rememberContainer(
      String containerSha256, String path, String entryName, String contentSha256)
      throws SQLException {
    insertContainer(
        connection,
        containerSha256,
        path,
        entryName,
        contentSha256,
        Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  /** Records that this container entry holds this content; a no-op when already recorded. */
  static void insertContainer(
      DuckDBConnection connection,
      String containerSha256,
      String path,
      String entryName,
      String contentSha256,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO source_container VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, containerSha256);
      insert.setString(2, path);
      insert.setString(3, entryName);
      insert.setString(4, contentSha256);
      insert.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private <T> T query(String sql, List<String> parameters, Sql.ResultHandler<T> handler) {
    return Sql.query(connection, file, sql, parameters, handler);
  }

  private static void closeQuietly(DuckDBConnection connection, Exception cause) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
