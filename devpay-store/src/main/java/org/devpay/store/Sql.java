package org.devpay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/** Runs the store's read queries, turning a database error into one the CLI and API report. */
final class Sql {
  /**
   * The CTE {@code files}: each ingested table's content hash with the ranks that order records:
   * its location (path, entry) and, among tables at one location, its copy (by content hash).
   */
  static final String FILES =
      "files AS (SELECT content_sha256,"
          + " dense_rank() OVER (ORDER BY path, entry_name) AS location,"
          + " row_number() OVER (ORDER BY path, entry_name, content_sha256) AS copy"
          + " FROM source_file)";

  private Sql() {}

  /**
   * The CTE {@code d_COLUMN}: each distinct non-NULL value of {@code column} in the CTE {@code e}
   * with its code, its position (from 0) among them in sorted order.
   */
  static String codes(String column) {
    return String.format(
        "d_%1$s AS (SELECT %1$s,"
            + " CAST(row_number() OVER (ORDER BY %1$s) - 1 AS INTEGER) AS %1$s_code"
            + " FROM (SELECT DISTINCT %1$s FROM e WHERE %1$s IS NOT NULL))",
        column);
  }

  /** Reads a query's result; the handler consumes the rows. */
  interface ResultHandler<T> {
    T handle(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query with string parameters and hands its rows to the handler.
   *
   * @throws DevpayException ENVIRONMENT when the database fails
   */
  static <T> T query(
      Connection connection,
      Path file,
      String sql,
      List<String> parameters,
      ResultHandler<T> handler) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      setParameters(statement, parameters);
      try (ResultSet rs = statement.executeQuery()) {
        return handler.handle(rs);
      }
    } catch (SQLException e) {
      throw readFailure(file, e);
    }
  }

  /**
   * Runs a statement of a read that returns no rows (a read's temporary objects), with string
   * parameters.
   *
   * @throws DevpayException ENVIRONMENT when the database fails, as {@link #query} does
   */
  static void execute(Connection connection, Path file, String sql, List<String> parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      setParameters(statement, parameters);
      statement.execute();
    } catch (SQLException e) {
      throw readFailure(file, e);
    }
  }

  private static void setParameters(PreparedStatement statement, List<String> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setString(i + 1, parameters.get(i));
    }
  }

  private static DevpayException readFailure(Path file, SQLException e) {
    return new DevpayException(
        ErrorCategory.ENVIRONMENT, "cannot read the store " + file + ": " + e.getMessage(), e);
  }
}
