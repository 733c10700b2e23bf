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
  private Sql() {}

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
