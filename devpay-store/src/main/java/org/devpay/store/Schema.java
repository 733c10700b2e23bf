package org.devpay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * The store's tables and their version. A new store gets every table and version {@value #VERSION}
 * in one transaction; an existing store must be at that version, so a file written by another
 * devpay is refused with a clear message instead of being misread. A future version adds its
 * migration here.
 */
final class Schema {
  /** The schema this code reads and writes. */
  static final int VERSION = 1;

  /** Every table, in creation order. */
  static final List<String> TABLES =
      List.of(
          "schema_version", "source_file", "source_container", PayRecordTable.NAME, "rejected_row");

  private static final List<String> CREATE =
      List.of(
          """
          CREATE TABLE schema_version (
            version INTEGER NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL
          )""",
          // Keyed by the hash of the decompressed table, so one CSV, plain or zipped, is one row.
          """
          CREATE TABLE source_file (
            content_sha256 VARCHAR PRIMARY KEY,
            format_id VARCHAR NOT NULL,
            dataset_id VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            entry_name VARCHAR NOT NULL,
            container_sha256 VARCHAR NOT NULL,
            content_bytes BIGINT NOT NULL,
            ingested_at TIMESTAMPTZ NOT NULL,
            rows_read BIGINT NOT NULL,
            rows_accepted BIGINT NOT NULL,
            rows_rejected BIGINT NOT NULL,
            duration_ms BIGINT NOT NULL,
            CHECK (rows_read = rows_accepted + rows_rejected)
          )""",
          // Every container seen holding ingested content: a rerun hashes only the container.
          """
          CREATE TABLE source_container (
            container_sha256 VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            entry_name VARCHAR NOT NULL,
            content_sha256 VARCHAR NOT NULL,
            first_seen_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (container_sha256, path, entry_name)
          )""",
          PayRecordTable.createTable(),
          """
          CREATE TABLE rejected_row (
            content_sha256 VARCHAR NOT NULL,
            row_number BIGINT NOT NULL,
            stage VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            detail VARCHAR NOT NULL,
            raw VARCHAR NOT NULL
          )""");

  private Schema() {}

  /** Creates the schema in an empty database, or checks the version of an existing store. */
  static void ensure(Connection connection, Path file) throws SQLException {
    Set<String> tables = tables(connection);
    if (tables.contains("schema_version")) {
      checkVersion(connection, file);
    } else if (!tables.isEmpty()) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          file + " is a DuckDB database but not a devpay store (it has tables " + tables + ")");
    } else {
      create(connection);
    }
  }

  /** Checks an existing store without changing it (for read-only connections). */
  static void check(Connection connection, Path file) throws SQLException {
    Set<String> tables = tables(connection);
    if (!tables.contains("schema_version")) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, file + " is not a devpay store (it has tables " + tables + ")");
    }
    checkVersion(connection, file);
  }

  /** The names of the database's own tables, sorted. */
  private static Set<String> tables(Connection connection) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_catalog = current_database() AND table_schema = 'main'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static void checkVersion(Connection connection, Path file) throws SQLException {
    int version;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      rs.next();
      version = rs.getInt(1);
    }
    if (version > VERSION) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          file
              + " was written by a newer devpay (store schema "
              + version
              + "; this devpay knows up to "
              + VERSION
              + "): upgrade devpay or use another --db");
    }
    if (version < VERSION) {
      // No older schema has been released, so there is nothing to migrate from yet.
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          file + " has store schema " + version + ", which this devpay cannot migrate");
    }
  }

  private static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN TRANSACTION");
      try {
        for (String ddl : CREATE) {
          statement.execute(ddl);
        }
        statement.execute("INSERT INTO schema_version VALUES (" + VERSION + ", current_timestamp)");
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    }
  }
}
