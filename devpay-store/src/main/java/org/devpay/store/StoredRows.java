package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.devpay.core.data.DigestSet;
import org.devpay.core.data.EditionKey;
import org.duckdb.DuckDBConnection;

/**
 * The respondents and rows each edition already holds, for one table's ingest: read from the store
 * the first time the table brings a row of an edition, then kept up to date as its rows are
 * accepted. A row whose published respondent id (not a row number: two files of one edition number
 * their rows alike), or whose full content (every column as read), is already there is a duplicate:
 * counted once, it would count one person twice, and copies could push a small group past the
 * privacy floor.
 */
final class StoredRows {
  private final DuckDBConnection connection;
  private final Map<EditionKey, Seen> editions = new HashMap<>();

  /** The edition of the previous row and what it holds: a table's rows are mostly one edition. */
  private EditionKey last;

  private Seen lastSeen;

  StoredRows(DuckDBConnection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  /**
   * Why a record duplicates a stored or earlier row of its edition ("" when it does not), and
   * remembers it when it does not.
   *
   * @param publishedKey whether the respondent key is an id the source publishes: only then does it
   *     identify a respondent across files (a row number does not), except against rows stored by
   *     schema 1, which kept no row digest and whose key is the only trace of them
   */
  String duplicate(
      String datasetId,
      String edition,
      String respondentKey,
      boolean publishedKey,
      String rowSha256)
      throws SQLException {
    Seen seen;
    if (last != null && last.datasetId().equals(datasetId) && last.edition().equals(edition)) {
      seen = lastSeen;
    } else {
      EditionKey key = new EditionKey(datasetId, edition);
      seen = editions.get(key);
      if (seen == null) {
        seen = load(datasetId, edition);
        editions.put(key, seen);
      }
      last = key;
      lastSeen = seen;
    }
    if (seen.rows.contains(rowSha256)) {
      return "a row with the same content (every column) is already stored for "
          + datasetId
          + " "
          + edition;
    }
    if (publishedKey
        ? seen.respondents.contains(respondentKey)
        : seen.legacy.contains(respondentKey)) {
      return "respondent '"
          + respondentKey
          + "' is already stored for "
          + datasetId
          + " "
          + edition;
    }
    seen.rows.add(rowSha256);
    if (publishedKey) {
      seen.respondents.add(respondentKey);
    }
    return "";
  }

  private Seen load(String datasetId, String edition) throws SQLException {
    Seen seen = new Seen(new HashSet<>(), new DigestSet(), new HashSet<>());
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT respondent_key, row_sha256 FROM "
                + PayRecordTable.NAME
                + " WHERE dataset_id = ? AND edition = ?")) {
      query.setString(1, datasetId);
      query.setString(2, edition);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          seen.respondents.add(rs.getString(1));
          String row = rs.getString(2);
          if (row != null) {
            seen.rows.add(row);
          } else {
            seen.legacy.add(rs.getString(1));
          }
        }
      }
    }
    return seen;
  }

  /**
   * An edition's stored respondent keys, row digests, and the keys of rows stored by schema 1
   * (without a digest).
   */
  private record Seen(Set<String> respondents, DigestSet rows, Set<String> legacy) {}
}
