package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.devpay.core.data.CitedFile;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.UnknownLabel;
import org.devpay.sources.Detection;
import org.devpay.sources.SourceTable;
import org.devpay.sources.catalog.UserDataset;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB store: one file holding every ingested table's pay records, its rejected rows
 * with their reasons, and where each table came from. Ingest is atomic per table (one transaction)
 * and idempotent (keyed by the SHA-256 of the decompressed table). Queries return core model
 * values, so analyses never see SQL.
 *
 * <p>One operation runs at a time: methods are synchronized on the store, because a DuckDB
 * connection is not meant for concurrent use. Only one process can open a store file at a time
 * (DuckDB locks it).
 */
public final class DevpayStore implements AutoCloseable {
  /** How often, in rows read, an ingest reports progress to its listener. */
  public static final int PROGRESS_INTERVAL_ROWS = 10_000;

  /** A DuckDB database file has "DUCK" at byte 8, after the header's checksum. */
  private static final int DUCKDB_MAGIC_OFFSET = 8;

  private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

  private final Path file;
  private final DuckDBConnection connection;

  /** The store's schema version: older than {@link Schema#VERSION} only for a read-only store. */
  private final int schemaVersion;

  private DevpayStore(Path file, DuckDBConnection connection, int schemaVersion) {
    this.file = file;
    this.connection = connection;
    this.schemaVersion = schemaVersion;
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
          "cannot open the store " + absolute + ": " + Failures.describe(e),
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
          "cannot open the store " + absolute + " for reading: " + Failures.describe(e),
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
   * Ingests one detected table in one transaction: the adapter's rows go through the normalizer;
   * records and rejections (from either) are stored; the table is recorded in source_file.
   *
   * <p>Never throws for a bad table: content already in the store gives ALREADY_INGESTED (nothing
   * read, nothing changed), an unrecognised detection gives SKIPPED, and any failure (unreadable
   * bytes, an adapter's IOException, an exception from the normalizer, a database error) rolls the
   * table back and gives FAILED with the reason. The listener hears every step, ending with
   * tableFinished.
   */
  public IngestReport ingest(Detection detection, Normalizer normalizer, IngestListener listener) {
    requireNonNull(detection, "detection is null");
    IngestReport report =
        ingestTable(
            detection.table(),
            new ContainerHashes(),
            table -> detection,
            normalizer,
            listener,
            DecompressionLimits.DEFAULTS);
    listener.tableFinished(report);
    return report;
  }

  /**
   * The steps shared by {@link #ingest} and {@link Ingestor}: skip known content by its container
   * hash, then by its content hash or its identity (the content with line ends normalised), reading
   * the table once, which also finds a truncated archive or a table decompressing beyond the limits
   * before anything is stored; then detect, then ingest, rejecting rows the edition already holds.
   * Does not call tableFinished.
   */
  synchronized IngestReport ingestTable(
      SourceTable table,
      ContainerHashes containers,
      Function<SourceTable, Detection> detector,
      Normalizer normalizer,
      IngestListener listener,
      DecompressionLimits limits) {
    requireNonNull(table, "table is null");
    requireNonNull(limits, "limits is null");
    requireNonNull(normalizer, "normalizer is null");
    requireNonNull(listener, "listener is null");
    long start = System.nanoTime();
    String containerSha256;
    ContentDigest digest;
    try {
      containerSha256 = containers.sha256(table);
      Optional<KnownTable> known = ingestedFileByContainer(containerSha256, table.entryName());
      if (known.isPresent()) {
        rememberContainer(containerSha256, table, known.get().contentSha256());
        return IngestReport.alreadyIngested(table, known.get(), since(start));
      }
      digest = ContentDigest.of(table, containerSha256, limits);
      // Known by its bytes, or as the same text with other line ends, final newline or BOM.
      known =
          knownTable(
              "content_sha256 = ? OR identity_sha256 = ?",
              List.of(digest.sha256(), digest.identitySha256()));
      if (known.isPresent()) {
        rememberContainer(containerSha256, table, digest.sha256());
        return IngestReport.alreadyIngested(table, known.get(), since(start));
      }
    } catch (IOException | SQLException | RuntimeException e) {
      String reason = (e instanceof IOException ? "cannot be read: " : "") + Failures.describe(e);
      return IngestReport.failed(
          table,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Failures.category(e),
          reason,
          since(start));
    }
    Detection detection;
    try {
      detection = detector.apply(table);
    } catch (RuntimeException e) {
      // The detector throws only for a registry bug, such as two adapters claiming one header.
      return IngestReport.failed(
          table,
          Optional.empty(),
          Optional.empty(),
          Optional.of(digest.sha256()),
          Failures.category(e),
          Failures.describe(e),
          since(start));
    }
    if (detection.adapter().isEmpty()) {
      return IngestReport.skipped(table, detection.skipReason(), detection.kind(), since(start));
    }
    return new FileIngestion(
            connection,
            detection.readable().orElseThrow(),
            detection.adapter().get(),
            containerSha256,
            digest,
            normalizer,
            listener,
            start)
        .run();
  }

  /** The ingested table with this content hash, if the store holds it. */
  public synchronized Optional<IngestedFile> ingestedFile(String contentSha256) {
    requireNonNull(contentSha256, "contentSha256 is null");
    return ingestedFilesWhere("WHERE f.content_sha256 = ?", List.of(contentSha256)).stream()
        .findFirst();
  }

  /** The ingested table held by this entry of a container with this hash, if any. */
  synchronized Optional<KnownTable> ingestedFileByContainer(
      String containerSha256, String entryName) {
    return knownTable(
        "content_sha256 IN (SELECT content_sha256 FROM source_container"
            + " WHERE container_sha256 = ? AND entry_name = ?)",
        List.of(containerSha256, entryName));
  }

  /**
   * An ingested table as ingest needs to know it to skip it: read from source_file alone, unlike
   * {@link #ingestedFile}, whose rejections by reason would be counted over all of rejected_row.
   */
  record KnownTable(String contentSha256, String formatId, String datasetId) {}

  /** The ingested table matching a condition on source_file, if any. */
  private Optional<KnownTable> knownTable(String condition, List<String> parameters) {
    return query(
        "SELECT content_sha256, format_id, dataset_id FROM source_file WHERE "
            + condition
            + " ORDER BY content_sha256 LIMIT 1",
        parameters,
        rs ->
            rs.next()
                ? Optional.of(new KnownTable(rs.getString(1), rs.getString(2), rs.getString(3)))
                : Optional.empty());
  }

  /** Every ingested table, with its row balance and rejections by reason, sorted by location. */
  public synchronized List<IngestedFile> ingestedFiles() {
    return ingestedFilesWhere("", List.of());
  }

  /**
   * The content SHA-256 of every ingested table, in ascending order: what the data version hashes.
   */
  public synchronized List<String> contentHashes() {
    return query(
        "SELECT content_sha256 FROM source_file ORDER BY content_sha256",
        List.of(),
        rs -> {
          List<String> hashes = new ArrayList<>();
          while (rs.next()) {
            hashes.add(rs.getString(1));
          }
          return hashes;
        });
  }

  /**
   * The ingested tables that hold records of one edition of a dataset, as an answer cites them
   * (location, content hash, format, row balance), sorted by location. Read from source_file alone:
   * a citation has no use for the rejections by reason.
   */
  public synchronized List<CitedFile> sourcesOf(String datasetId, String edition) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    return query(
        "SELECT path, entry_name, content_sha256, format_id, rows_read, rows_accepted,"
            + " rows_rejected FROM source_file WHERE content_sha256 IN (SELECT DISTINCT"
            + " content_sha256 FROM pay_record WHERE dataset_id = ? AND edition = ?)"
            + " ORDER BY path, entry_name, content_sha256",
        List.of(datasetId, edition),
        rs -> {
          List<CitedFile> files = new ArrayList<>();
          while (rs.next()) {
            files.add(
                new CitedFile(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7)));
          }
          return files;
        });
  }

  /** The datasets with at least one ingested table, sorted by id. */
  public synchronized List<DatasetSummary> datasets() {
    Map<String, List<String>> editions = new HashMap<>();
    Map<String, Long> records = new HashMap<>();
    query(
        "SELECT dataset_id, edition, count(*) FROM pay_record GROUP BY ALL ORDER BY ALL",
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
   * Every record of a dataset (empty for an unknown dataset), ordered by edition, source file and
   * row number, so analyses see the same order on every run.
   */
  public synchronized List<PayRecord> records(String datasetId) {
    requireNonNull(datasetId, "datasetId is null");
    return query(recordQuery("p.dataset_id = ?"), List.of(datasetId), DevpayStore::readRecords);
  }

  /** Every record of one edition of a dataset, in the order of {@link #records(String)}. */
  public synchronized List<PayRecord> records(String datasetId, String edition) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    return query(
        recordQuery("p.dataset_id = ? AND p.edition = ?"),
        List.of(datasetId, edition),
        DevpayStore::readRecords);
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
    return userDatasetsWhere("", List.of());
  }

  /** The user-provided dataset edition with this id, if the store holds one. */
  public synchronized Optional<UserDataset> userDataset(String datasetId, String edition) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    return userDatasetsWhere(
            "WHERE u.dataset_id = ? AND u.edition = ?", List.of(datasetId, edition))
        .stream()
        .findFirst();
  }

  private List<UserDataset> userDatasetsWhere(String condition, List<String> parameters) {
    if (schemaVersion < 2) {
      return List.of();
    }
    return query(
        "SELECT u.dataset_id, u.edition, u.title, u.publisher, u.licence, u.attribution, u.url,"
            + " u.role_field, u.pay_field, u.pay_description, u.mapping_file, u.mapping_text"
            + " FROM user_dataset u JOIN source_file f USING (content_sha256) "
            + condition
            + " ORDER BY u.dataset_id, u.edition, f.path, f.entry_name, u.content_sha256",
        parameters,
        rs -> {
          Map<String, UserDataset> first = new LinkedHashMap<>();
          while (rs.next()) {
            UserDataset dataset =
                new UserDataset(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7).isEmpty() ? Optional.empty() : Optional.of(rs.getString(7)),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12));
            first.putIfAbsent(dataset.datasetId() + "\n" + dataset.edition(), dataset);
          }
          return List.copyOf(first.values());
        });
  }

  /**
   * The labels of the store's accepted rows that a taxonomy does not know, summed over the tables
   * of each edition: by dataset, edition and taxonomy, most frequent label first.
   */
  public synchronized List<UnknownLabelCount> unknownLabels() {
    if (schemaVersion < 2) {
      return List.of();
    }
    return query(
        "SELECT dataset_id, edition, taxonomy, label, sum(row_count) AS n FROM unknown_label"
            + " GROUP BY dataset_id, edition, taxonomy, label ORDER BY dataset_id, edition,"
            + " CASE taxonomy WHEN 'role' THEN 0 WHEN 'seniority' THEN 1 ELSE 2 END, n DESC, label",
        List.of(),
        rs -> {
          List<UnknownLabelCount> counts = new ArrayList<>();
          while (rs.next()) {
            counts.add(
                new UnknownLabelCount(
                    rs.getString(1),
                    rs.getString(2),
                    UnknownLabel.Taxonomy.parse(rs.getString(3)),
                    rs.getString(4),
                    rs.getLong(5)));
          }
          return counts;
        });
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
    return export(directory, "pay_record.parquet", "*", "FORMAT parquet");
  }

  /**
   * Writes every pay record to {@code directory/pay_record.csv} (UTF-8, with a header). Lists and
   * attributes are JSON text (["a","b"], {"k":"v"}), as CSV has no nested values and JSON keeps
   * commas inside labels unambiguous. Like the Parquet export, it holds individual rows.
   *
   * @return the file written (replaced if it existed)
   */
  public synchronized Path exportCsv(Path directory) {
    return export(
        directory,
        "pay_record.csv",
        "* REPLACE (to_json(industries) AS industries, to_json(skills) AS skills,"
            + " to_json(attributes) AS attributes)",
        "FORMAT csv, HEADER");
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

  private Path export(Path directory, String fileName, String columns, String options) {
    requireNonNull(directory, "directory is null");
    Path target = directory.toAbsolutePath().normalize().resolve(fileName);
    try {
      Files.createDirectories(target.getParent());
      try (Statement statement = connection.createStatement()) {
        // COPY takes no parameters; the path is a quoted literal with quotes doubled.
        statement.execute(
            "COPY (SELECT "
                + columns
                + " FROM pay_record ORDER BY dataset_id, edition, content_sha256, row_number) TO '"
                + target.toString().replace("'", "''")
                + "' ("
                + options
                + ")");
      }
      return target;
    } catch (IOException | SQLException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT, "cannot export to " + target + ": " + Failures.describe(e), e);
    }
  }

  private void rememberContainer(String containerSha256, SourceTable table, String contentSha256)
      throws SQLException {
    insertContainer(
        connection,
        containerSha256,
        table,
        contentSha256,
        Instant.now().truncatedTo(ChronoUnit.MICROS));
  }

  /** Records that this container entry holds this content; a no-op when already recorded. */
  static void insertContainer(
      DuckDBConnection connection,
      String containerSha256,
      SourceTable table,
      String contentSha256,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO source_container VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, containerSha256);
      insert.setString(2, storedPath(table));
      insert.setString(3, table.entryName());
      insert.setString(4, contentSha256);
      insert.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  /** Paths are stored absolute, so a store read later from another directory still locates them. */
  static String storedPath(SourceTable table) {
    return table.container().toAbsolutePath().normalize().toString();
  }

  private static String recordQuery(String condition) {
    return "SELECT "
        + PayRecordTable.RECORD_COLUMNS
        + " FROM pay_record p JOIN source_file f USING (content_sha256) WHERE "
        + condition
        + " ORDER BY p.edition, f.path, f.entry_name, p.row_number";
  }

  private static List<PayRecord> readRecords(ResultSet rs) throws SQLException {
    List<PayRecord> records = new ArrayList<>();
    while (rs.next()) {
      records.add(PayRecordTable.read(rs));
    }
    return records;
  }

  /** The ingested tables matching a condition on source_file (alias f), sorted by location. */
  private List<IngestedFile> ingestedFilesWhere(String condition, List<String> parameters) {
    Map<String, Map<RejectReason, Long>> rejectedByFile =
        query(
            "SELECT f.content_sha256, r.reason, count(*) FROM rejected_row r"
                + " JOIN source_file f USING (content_sha256) "
                + condition
                + " GROUP BY ALL",
            parameters,
            rs -> {
              Map<String, Map<RejectReason, Long>> counts = new HashMap<>();
              while (rs.next()) {
                counts
                    .computeIfAbsent(rs.getString(1), sha -> new EnumMap<>(RejectReason.class))
                    .put(RejectReason.valueOf(rs.getString(2)), rs.getLong(3));
              }
              return counts;
            });
    return query(
        "SELECT f.content_sha256, f.format_id, f.dataset_id, f.path, f.entry_name,"
            + " f.container_sha256, f.content_bytes, f.ingested_at, f.rows_read, f.rows_accepted,"
            + " f.rows_rejected, f.duration_ms FROM source_file f "
            + condition
            + " ORDER BY f.path, f.entry_name, f.content_sha256",
        parameters,
        rs -> {
          List<IngestedFile> files = new ArrayList<>();
          while (rs.next()) {
            String sha = rs.getString(1);
            files.add(
                new IngestedFile(
                    sha,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getLong(7),
                    rs.getObject(8, OffsetDateTime.class).toInstant(),
                    new RowCounts(
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11),
                        rejectedByFile.getOrDefault(sha, Map.of())),
                    Duration.ofMillis(rs.getLong(12))));
          }
          return files;
        });
  }

  /** Reads a query's result; the handler consumes the rows. */
  private interface ResultHandler<T> {
    T handle(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, List<String> parameters, ResultHandler<T> handler) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        return handler.handle(rs);
      }
    } catch (SQLException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT, "cannot read the store " + file + ": " + e.getMessage(), e);
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
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
