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
 * in one transaction; an existing store of an older version is migrated when opened for writing
 * (and read as it is when opened read-only), and a file written by a newer devpay is refused with a
 * clear message instead of being misread.
 *
 * <p>Version 2 adds the tables {@code user_dataset} and {@code unknown_label}, {@code
 * source_file.identity_sha256} (the table's content with its line ends normalised, which makes a
 * CRLF or trailing-newline copy "already ingested") and {@code pay_record.row_sha256} (the SHA-256
 * of the row's fields as read, which makes a row already stored for the edition a {@code
 * duplicate_row}). Rows stored by version 1 have neither hash: duplicates of them are found by
 * respondent key only.
 */
final class Schema {
  /** The schema this code reads and writes. */
  static final int VERSION = 2;

  /** The oldest schema this code still reads (read-only, without the tables added since). */
  static final int OLDEST_READABLE = 1;

  /** Every table, in creation order. */
  static final List<String> TABLES =
      List.of(
          "schema_version",
          "source_file",
          "source_container",
          PayRecordTable.NAME,
          "rejected_row",
          "user_dataset",
          "unknown_label");

  /** The tables version 2 added: a store of version 1 has none of them. */
  static final List<String> ADDED_IN_2 = List.of("user_dataset", "unknown_label");

  /**
   * One row per table ingested through a user's mapping file: the dataset it forms as the mapping
   * describes it (title, publisher, licence, attribution, address, the fields of role and pay) and
   * the mapping's text, so citations and `devpay datasets` name user-provided data as stated.
   */
  private static final String USER_DATASET =
      """
      CREATE TABLE user_dataset (
        content_sha256 VARCHAR PRIMARY KEY,
        dataset_id VARCHAR NOT NULL,
        edition VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        publisher VARCHAR NOT NULL,
        licence VARCHAR NOT NULL,
        attribution VARCHAR NOT NULL,
        url VARCHAR NOT NULL,
        role_field VARCHAR NOT NULL,
        pay_field VARCHAR NOT NULL,
        pay_description VARCHAR NOT NULL,
        mapping_file VARCHAR NOT NULL,
        mapping_text VARCHAR NOT NULL
      )""";

  /**
   * Labels of an ingested table's accepted rows that a taxonomy (role, seniority, employment) does
   * not know, counted per edition, so the ingest report can be shown again.
   */
  private static final String UNKNOWN_LABEL =
      """
      CREATE TABLE unknown_label (
        content_sha256 VARCHAR NOT NULL,
        dataset_id VARCHAR NOT NULL,
        edition VARCHAR NOT NULL,
        taxonomy VARCHAR NOT NULL,
        label VARCHAR NOT NULL,
        row_count BIGINT NOT NULL,
        PRIMARY KEY (content_sha256, edition, taxonomy, label)
      )""";

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
            identity_sha256 VARCHAR,
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
          )""",
          USER_DATASET,
          UNKNOWN_LABEL);

  private Schema() {}

  /**
   * Creates the schema in an empty database, or checks the version of an existing store and
   * migrates it to {@value #VERSION}.
   */
  static void ensure(Connection connection, Path file) throws SQLException {
    Set<String> tables = tables(connection);
    if (tables.contains("schema_version")) {
      if (checkVersion(connection, file) < VERSION) {
        migrate(connection);
      }
    } else if (!tables.isEmpty()) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          file + " is a DuckDB database but not a devpay store (it has tables " + tables + ")");
    } else {
      create(connection);
    }
  }

  /**
   * Checks an existing store without changing it (for read-only connections).
   *
   * @return the store's schema version ({@value #OLDEST_READABLE} to {@value #VERSION})
   */
  static int check(Connection connection, Path file) throws SQLException {
    Set<String> tables = tables(connection);
    if (!tables.contains("schema_version")) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, file + " is not a devpay store (it has tables " + tables + ")");
    }
    return checkVersion(connection, file);
  }

  /** Adds what version 2 added to a version 1 store, in one transaction. */
  private static void migrate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN TRANSACTION");
      try {
        // Each step is skipped when already there, so a store that some build of version 2 wrote in
        // part is completed rather than refused.
        statement.execute(USER_DATASET.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
        statement.execute(UNKNOWN_LABEL.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"));
        statement.execute(
            "ALTER TABLE source_file ADD COLUMN IF NOT EXISTS identity_sha256 VARCHAR");
        statement.execute(
            "ALTER TABLE " + PayRecordTable.NAME + " ADD COLUMN IF NOT EXISTS row_sha256 VARCHAR");
        statement.execute("INSERT INTO schema_version VALUES (" + VERSION + ", current_timestamp)");
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    }
  }

  /**
   * Rolls back on a statement of its own: a failed statement may be closed by the driver, and the
   * migration's own failure must stay the one reported.
   */
  private static void rollback(Connection connection, Exception cause) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
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

  private static int checkVersion(Connection connection, Path file) throws SQLException {
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
    if (version < OLDEST_READABLE) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          file + " has store schema " + version + ", which this devpay cannot migrate");
    }
    return version;
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
