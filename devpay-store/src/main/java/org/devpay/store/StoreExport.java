package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * Writes the store's normalized records and rejections out of DuckDB, one file per edition, in
 * Parquet or CSV, so that pandas, Polars, DuckDB and Spark can read what devpay ingested. The
 * folder appears whole or not at all: files are written into a hidden sibling folder that is
 * renamed at the end, and a folder that already holds files is refused before anything is written.
 */
final class StoreExport {
  /** File names are built from dataset ids and editions; anything else is replaced. */
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  /**
   * The record columns in the order of the table; in CSV, lists and the attribute map are JSON
   * text, as CSV has no nested values and JSON keeps commas inside labels unambiguous.
   */
  private static final String CSV_RECORD_COLUMNS =
      "* REPLACE (to_json(industries) AS industries, to_json(skills) AS skills,"
          + " to_json(attributes) AS attributes)";

  /**
   * A rejected row with the dataset, edition and file it came from. The edition of a rejection is
   * the edition of the accepted rows of its file (every reader gives a table one edition); a file
   * with no accepted row has none, and its rejections go to "no-edition".
   */
  private static final String REJECTIONS =
      """
      SELECT f.dataset_id, coalesce(e.edition, 'no-edition') AS edition, f.entry_name,
             r.content_sha256, r.row_number, r.stage, r.reason, r.detail, r.raw
      FROM rejected_row r
      JOIN source_file f USING (content_sha256)
      LEFT JOIN (SELECT content_sha256, min(edition) AS edition FROM pay_record
                 GROUP BY content_sha256) e USING (content_sha256)""";

  private StoreExport() {}

  static ExportSummary write(Connection connection, ExportRequest request) {
    requireNonNull(connection, "connection is null");
    requireNonNull(request, "request is null");
    Path target = request.directory().toAbsolutePath().normalize();
    refuseNonEmpty(target);
    Path parent = target.getParent();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
      List<ExportSummary.EditionFiles> editions = new ArrayList<>();
      for (String[] edition : editions(connection, request)) {
        editions.add(writeEdition(connection, request, staging, edition[0], edition[1]));
      }
      if (editions.isEmpty()) {
        throw new DevpayException(
            ErrorCategory.MISSING_DATA,
            "nothing to export: no edition in the store matches " + request.describeFilters());
      }
      moveIntoPlace(staging, target);
      staging = null;
      return new ExportSummary(target, request.format(), editions);
    } catch (IOException | SQLException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          "cannot export to "
              + target
              + ": "
              + DevpayException.describe(e)
              + " (nothing was written)",
          e);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  /**
   * Every record in one file, {@code directory/pay_record.parquet} or {@code .csv} (replaced if it
   * existed), in dataset, edition and row order.
   */
  static Path writeAll(Connection connection, Path directory, ExportFormat format) {
    requireNonNull(directory, "directory is null");
    Path target =
        directory
            .toAbsolutePath()
            .normalize()
            .resolve(PayRecordTable.NAME + "." + format.extension());
    try {
      Files.createDirectories(target.getParent());
      copy(
          connection,
          "SELECT "
              + recordColumns(format)
              + " FROM pay_record ORDER BY dataset_id, edition, content_sha256, row_number",
          target,
          format);
      return target;
    } catch (IOException | SQLException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          "cannot export to " + target + ": " + DevpayException.describe(e),
          e);
    }
  }

  private static String recordColumns(ExportFormat format) {
    return format == ExportFormat.CSV ? CSV_RECORD_COLUMNS : "*";
  }

  private static void refuseNonEmpty(Path target) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "cannot export to " + target + ": it is a file; name a new or empty folder");
    }
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
        if (entries.iterator().hasNext()) {
          throw new DevpayException(
              ErrorCategory.USER_INPUT,
              "cannot export to "
                  + target
                  + ": the folder is not empty; name a new or empty folder (an export never"
                  + " mixes with or overwrites other files)");
        }
      } catch (IOException e) {
        throw new DevpayException(
            ErrorCategory.ENVIRONMENT, "cannot read " + target + ": " + e.getMessage(), e);
      }
    }
  }

  /** The (dataset, edition) pairs to write: the store's editions that match the filters. */
  private static List<String[]> editions(Connection connection, ExportRequest request)
      throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT DISTINCT dataset_id, edition FROM pay_record ORDER BY 1, 2");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        String dataset = rs.getString(1);
        String edition = rs.getString(2);
        if (matches(request.datasets(), dataset) && matches(request.editions(), edition)) {
          out.add(new String[] {dataset, edition});
        }
      }
    }
    return out;
  }

  private static boolean matches(Set<String> wanted, String value) {
    return wanted.isEmpty() || wanted.contains(value);
  }

  private static ExportSummary.EditionFiles writeEdition(
      Connection connection, ExportRequest request, Path staging, String dataset, String edition)
      throws IOException, SQLException {
    String extension = request.format().extension();
    String name = safe(edition) + "." + extension;
    Path records = staging.resolve("records").resolve(safe(dataset)).resolve(name);
    Path rejections = staging.resolve("rejections").resolve(safe(dataset)).resolve(name);
    Files.createDirectories(records.getParent());
    Files.createDirectories(rejections.getParent());
    String where =
        "dataset_id = "
            + literal(dataset)
            + " AND edition = "
            + literal(edition)
            + rowFilter(request);
    long recordRows =
        copy(
            connection,
            "SELECT "
                + recordColumns(request.format())
                + " FROM pay_record WHERE "
                + where
                + " ORDER BY content_sha256, row_number",
            records,
            request.format());
    long rejectionRows =
        copy(
            connection,
            "SELECT * FROM ("
                + REJECTIONS
                + ") WHERE dataset_id = "
                + literal(dataset)
                + " AND edition = "
                + literal(edition)
                + " ORDER BY content_sha256, row_number",
            rejections,
            request.format());
    Path root = staging;
    return new ExportSummary.EditionFiles(
        dataset,
        edition,
        root.relativize(records).toString(),
        recordRows,
        root.relativize(rejections).toString(),
        rejectionRows);
  }

  /** Filters on normalized values apply to records only: a rejected row has no normalized role. */
  private static String rowFilter(ExportRequest request) {
    StringBuilder sql = new StringBuilder();
    if (!request.roles().isEmpty()) {
      sql.append(" AND role IN (").append(literals(request.roles())).append(')');
    }
    if (!request.countries().isEmpty()) {
      sql.append(" AND country IN (").append(literals(request.countries())).append(')');
    }
    return sql.toString();
  }

  /** Writes the rows of {@code select} to {@code file}; returns how many COPY wrote. */
  private static long copy(Connection connection, String select, Path file, ExportFormat format)
      throws SQLException {
    String options = format == ExportFormat.PARQUET ? "FORMAT parquet" : "FORMAT csv, HEADER";
    try (Statement statement = connection.createStatement()) {
      // COPY takes no parameters: values are quoted literals with quotes doubled.
      return statement.executeUpdate(
          "COPY (" + select + ") TO " + literal(file.toString()) + " (" + options + ")");
    }
  }

  private static String literals(Set<String> values) {
    return String.join(", ", values.stream().map(StoreExport::literal).toList());
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static String safe(String name) {
    String cleaned = UNSAFE.matcher(name).replaceAll("_");
    return cleaned.isEmpty() || cleaned.startsWith(".") ? "_" + cleaned : cleaned;
  }

  private static void moveIntoPlace(Path staging, Path target) throws IOException {
    if (Files.isDirectory(target)) {
      Files.delete(target); // empty: checked before anything was written
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staging, target);
    }
  }

  private static void deleteQuietly(Path directory) {
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // Best effort: a hidden ".partial-" folder left behind names itself.
      System.err.println(
          String.format(Locale.ROOT, "could not remove %s: %s", directory, e.getMessage()));
    }
  }
}
