package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.UserDataset;
import org.devpay.core.model.RejectReason;
import org.devpay.core.normalize.UnknownLabel;
import org.duckdb.DuckDBConnection;

/**
 * The store's reads of what it holds about its tables rather than their rows: source_file (where
 * each table came from and its row balance), the user-provided datasets and the unknown labels.
 * {@link DevpayStore} answers these through it, under its lock.
 */
final class SourceFiles {
  private final DuckDBConnection connection;
  private final Path file;
  private final int schemaVersion;

  SourceFiles(DuckDBConnection connection, Path file, int schemaVersion) {
    this.connection = connection;
    this.file = file;
    this.schemaVersion = schemaVersion;
  }

  /** The stored table held by this entry of a container with this hash, if any. */
  Optional<KnownTable> knownTableInContainer(String containerSha256, String entryName) {
    return knownTable(
        "content_sha256 IN (SELECT content_sha256 FROM source_container"
            + " WHERE container_sha256 = ? AND entry_name = ?)",
        List.of(containerSha256, entryName));
  }

  /** The stored table with this content, or the same text with other line ends, if any. */
  Optional<KnownTable> knownTable(String contentSha256, String identitySha256) {
    return knownTable(
        "content_sha256 = ? OR identity_sha256 = ?", List.of(contentSha256, identitySha256));
  }

  /** The ingested table with this content hash, if the store holds it. */
  Optional<IngestedFile> ingestedFile(String contentSha256) {
    requireNonNull(contentSha256, "contentSha256 is null");
    return ingestedFilesWhere("WHERE f.content_sha256 = ?", List.of(contentSha256)).stream()
        .findFirst();
  }

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
  List<IngestedFile> ingestedFiles() {
    return ingestedFilesWhere("", List.of());
  }

  /**
   * The content SHA-256 of every ingested table, in ascending order: what the data version hashes.
   */
  List<String> contentHashes() {
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
  List<CitedFile> sourcesOf(String datasetId, String edition) {
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

  /**
   * The datasets users brought with mapping files, one entry per dataset edition as the mapping of
   * its first table (by location) describes it, sorted by dataset and edition.
   */
  List<UserDataset> userDatasets() {
    return userDatasetsWhere("", List.of());
  }

  /** The user-provided dataset edition with this id, if the store holds one. */
  Optional<UserDataset> userDataset(String datasetId, String edition) {
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
  List<UnknownLabelCount> unknownLabels() {
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

  private <T> T query(String sql, List<String> parameters, Sql.ResultHandler<T> handler) {
    return Sql.query(connection, file, sql, parameters, handler);
  }
}
