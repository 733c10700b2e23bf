import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The reference for devpay's ingest speed in bench/run: DuckDB's own read_csv of the same file into
 * a table of a new database file, in the JVM through the same JDBC driver devpay uses. Prints one
 * line: "rows seconds". Usage: java -cp devpay.jar bench/DuckdbReadCsv.java FILE.csv DB_FILE
 */
public class DuckdbReadCsv {
  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[1]);
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      statement.execute(
          "CREATE TABLE raw AS SELECT * FROM read_csv('"
              + args[0].replace("'", "''")
              + "', header = true, all_varchar = true)");
      double seconds = (System.nanoTime() - start) / 1e9;
      try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM raw")) {
        rs.next();
        System.out.printf(java.util.Locale.ROOT, "%d %.3f%n", rs.getLong(1), seconds);
      }
    }
  }
}
