import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The least any ingest into devpay's store must do, for bench/run: DuckDB parses every field of
 * the raw file (read_csv with every column kept by an aggregate, no table written), and DuckDB
 * writes the store's own pay_record table (already normalized, read from the store just ingested)
 * into a table of a new database file; both in the JVM through the same driver. An ingest that did
 * nothing but parse and write would take their sum, so DuckDB's read_csv into a table divided by
 * it bounds the ingest's share of DuckDB's read rate from above. Prints one line: "rows
 * write_seconds parse_seconds". Usage: java -cp devpay.jar bench/DuckdbCopyRecords.java
 * STORE.duckdb NEW_DB_FILE FILE.csv
 */
public class DuckdbCopyRecords {
  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1]);
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      // max() of every column makes the reader parse every field of every row; the result is one
      // row, so nothing is written.
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT max(COLUMNS(*)) FROM read_csv('"
                  + args[2].replace("'", "''")
                  + "', header = true, all_varchar = true)")) {
        rs.next();
      }
      double parse = (System.nanoTime() - start) / 1e9;
      statement.execute("ATTACH '" + args[0].replace("'", "''") + "' AS store (READ_ONLY)");
      start = System.nanoTime();
      statement.execute("CREATE TABLE pay_record AS SELECT * FROM store.pay_record");
      double write = (System.nanoTime() - start) / 1e9;
      try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pay_record")) {
        rs.next();
        System.out.printf(java.util.Locale.ROOT, "%d %.3f %.3f%n", rs.getLong(1), write, parse);
      }
    }
  }
}
