package org.devpay.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a store holds, read with SQL and compared across stores: every table's content hash and row
 * balance, and per edition the number of records and a hash of all of them (timestamps and
 * durations left out), so a store re-ingested after a crash can be checked equal to a clean one.
 * Also finds partial tables: records or rejections of a table whose source_file row is missing or
 * whose counts differ (one transaction per table means there must be none).
 */
final class StoreFingerprint {
  private StoreFingerprint() {}

  /**
   * The fingerprint as lines of text, in a stable order; empty when there is no store file or its
   * schema was never committed (a process killed while creating it).
   */
  static List<String> of(Path store) throws SQLException {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(store)) {
      return out;
    }
    try (Connection connection = connect(store);
        Statement statement = connection.createStatement()) {
      if (!hasSchema(statement)) {
        return out;
      }
      query(
          statement,
          "SELECT content_sha256, format_id, dataset_id, rows_read, rows_accepted, rows_rejected"
              + " FROM source_file ORDER BY content_sha256",
          out);
      query(
          statement,
          "SELECT dataset_id, edition, count(*), sum(hash(content_sha256, row_number,"
              + " respondent_key, role, annual_local, annual_usd, country, metro, seniority,"
              + " industries, skills)) FROM pay_record GROUP BY ALL ORDER BY ALL",
          out);
      query(
          statement,
          "SELECT content_sha256, reason, count(*) FROM rejected_row GROUP BY ALL ORDER BY ALL",
          out);
    }
    return out;
  }

  /**
   * The tables held in part: records or rejections without their source_file row, or whose counts
   * differ from it. Empty when every table is all or nothing.
   */
  static List<String> partialTables(Path store) throws SQLException {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(store)) {
      return out;
    }
    try (Connection connection = connect(store);
        Statement statement = connection.createStatement()) {
      if (!hasSchema(statement)) {
        return out;
      }
      query(
          statement,
          "SELECT 'records without a table ' || content_sha256 FROM pay_record"
              + " WHERE content_sha256 NOT IN (SELECT content_sha256 FROM source_file)"
              + " GROUP BY content_sha256",
          out);
      query(
          statement,
          "SELECT 'rejections without a table ' || content_sha256 FROM rejected_row"
              + " WHERE content_sha256 NOT IN (SELECT content_sha256 FROM source_file)"
              + " GROUP BY content_sha256",
          out);
      query(
          statement,
          "SELECT 'table ' || f.content_sha256 || ' says ' || f.rows_accepted || ' records, holds '"
              + " || coalesce(p.n, 0) FROM source_file f LEFT JOIN (SELECT content_sha256,"
              + " count(*) AS n FROM pay_record GROUP BY ALL) p USING (content_sha256)"
              + " WHERE coalesce(p.n, 0) <> f.rows_accepted",
          out);
      query(
          statement,
          "SELECT 'table ' || f.content_sha256 || ' says ' || f.rows_rejected || ' rejections,"
              + " holds ' || coalesce(r.n, 0) FROM source_file f LEFT JOIN (SELECT"
              + " content_sha256, count(*) AS n FROM rejected_row GROUP BY ALL) r"
              + " USING (content_sha256) WHERE coalesce(r.n, 0) <> f.rows_rejected",
          out);
    }
    return out;
  }

  /** Whether the store's schema was committed (it is created in one transaction). */
  private static boolean hasSchema(Statement statement) throws SQLException {
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = 'main' AND table_name = 'schema_version'")) {
      rs.next();
      return rs.getInt(1) > 0;
    }
  }

  private static Connection connect(Path store) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), readOnly);
  }

  private static void query(Statement statement, String sql, List<String> out) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        out.add(line.toString());
      }
    }
  }
}
