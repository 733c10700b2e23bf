package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.stream.Stream;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpay export} on the real IT Salary Survey EU files (four editions, rejected rows in
 * three): the Parquet files read back by DuckDB's Parquet reader hold exactly the store's records
 * and rejections, row for row and value for value; records and rejections together are every row
 * read from each source file; CSV holds the same rows; filters keep only what they name (a country
 * code in any case, as elsewhere); a folder that already holds files is refused and left as it was.
 */
class ExportCommandTest {
  @TempDir static Path directory;

  private static Path db;

  @BeforeAll
  static void ingestTheRealEuSurveys() {
    Path data = RealData.file("it-salary-survey-eu");
    db = directory.resolve("eu.duckdb");
    CommandRunner ingest = CommandRunner.run("ingest", data.toString(), "--db", db.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
  }

  @Test
  void parquetHoldsEveryRecordAndRejectionOfEachEditionValueForValue() throws SQLException {
    Path out = directory.resolve("parquet");

    CommandRunner export = CommandRunner.run("export", "--db", db.toString(), "--out", "" + out);

    assertThat(export.exitCode()).as(export.err()).isZero();
    try (Connection store = readOnly(db)) {
      List<String[]> editions = editions(store);
      assertThat(editions).hasSize(4);
      long exportedRows = 0;
      for (String[] edition : editions) {
        Path records = out.resolve("records/it-salary-survey-eu/" + edition[1] + ".parquet");
        Path rejections = out.resolve("rejections/it-salary-survey-eu/" + edition[1] + ".parquet");
        String stored =
            "SELECT * FROM pay_record WHERE dataset_id = 'it-salary-survey-eu' AND edition = '"
                + edition[1]
                + "'";
        String read = "SELECT * FROM read_parquet('" + records + "')";
        assertThat(count(store, stored)).isPositive().isEqualTo(count(store, read));
        assertThat(count(store, stored + " EXCEPT ALL " + read)).isZero();
        assertThat(count(store, read + " EXCEPT ALL " + stored)).isZero();

        String storedRejections =
            "SELECT r.content_sha256, r.row_number, r.stage, r.reason, r.detail, r.raw"
                + " FROM rejected_row r WHERE r.content_sha256 IN (SELECT content_sha256 FROM"
                + " pay_record WHERE edition = '"
                + edition[1]
                + "')";
        String readRejections =
            "SELECT content_sha256, row_number, stage, reason, detail, raw FROM read_parquet('"
                + rejections
                + "')";
        assertThat(count(store, storedRejections)).isEqualTo(count(store, readRejections));
        assertThat(count(store, storedRejections + " EXCEPT ALL " + readRejections)).isZero();
        exportedRows += count(store, read) + count(store, readRejections);
      }
      // Every row read from the source files is in the export, accepted or rejected with a reason.
      assertThat(exportedRows).isEqualTo(scalar(store, "SELECT sum(rows_read) FROM source_file"));
      assertThat(count(store, "SELECT * FROM rejected_row")).isPositive();
    }
    assertThat(export.out()).contains("exported ").contains(" of 4 editions");
  }

  @Test
  void csvHoldsTheSameRowsWithListsAsJson() throws SQLException {
    Path out = directory.resolve("csv");

    CommandRunner export =
        CommandRunner.run(
            "export", "--db", db.toString(), "--out", out.toString(), "--format", "csv");

    assertThat(export.exitCode()).as(export.err()).isZero();
    try (Connection store = readOnly(db)) {
      for (String[] edition : editions(store)) {
        Path records = out.resolve("records/it-salary-survey-eu/" + edition[1] + ".csv");
        String fromCsv =
            "SELECT row_number, annual_usd, skills FROM read_csv('"
                + records
                + "', header = true, all_varchar = true)";
        String fromStore =
            "SELECT CAST(row_number AS VARCHAR), CAST(annual_usd AS VARCHAR),"
                + " CAST(to_json(skills) AS VARCHAR) FROM pay_record WHERE edition = '"
                + edition[1]
                + "'";
        assertThat(count(store, fromCsv)).isEqualTo(count(store, fromStore));
        assertThat(count(store, fromStore + " EXCEPT ALL " + fromCsv)).isZero();
      }
    }
  }

  @Test
  void filtersKeepOnlyTheNamedEditionsAndRoles() throws SQLException, IOException {
    Path out = directory.resolve("backend-2019");

    CommandRunner export =
        CommandRunner.run(
            "export",
            "--db",
            db.toString(),
            "--out",
            out.toString(),
            "--edition",
            "2019",
            "--role",
            "backend",
            "--country",
            "de");

    assertThat(export.exitCode()).as(export.err()).isZero();
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
          .containsExactlyInAnyOrder(
              "records/it-salary-survey-eu/2019.parquet",
              "rejections/it-salary-survey-eu/2019.parquet");
    }
    try (Connection store = readOnly(db)) {
      String read =
          "SELECT * FROM read_parquet('" + out.resolve("records/it-salary-survey-eu/2019.parquet");
      assertThat(count(store, read + "')"))
          .isPositive()
          .isEqualTo(
              count(
                  store,
                  "SELECT * FROM pay_record WHERE edition = '2019' AND role = 'backend'"
                      + " AND country = 'DE'"));
      assertThat(count(store, read + "') WHERE role <> 'backend' OR country <> 'DE'")).isZero();
    }
  }

  @Test
  void aFolderThatHoldsFilesIsRefusedAndLeftAsItWas() throws IOException {
    Path out = directory.resolve("occupied");
    Files.createDirectories(out);
    Files.writeString(out.resolve("mine.txt"), "keep me");

    CommandRunner export = CommandRunner.run("export", "--db", db.toString(), "--out", "" + out);

    assertThat(export.exitCode()).isEqualTo(2);
    assertThat(export.err()).contains("the folder is not empty");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mine.txt");
    }
    try (Stream<Path> siblings = Files.list(directory)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("partial"));
    }
  }

  @Test
  void badOptionsAndAMissingStoreAreClearErrorsAndWriteNothing() {
    Path out = directory.resolve("never");

    CommandRunner format =
        CommandRunner.run("export", "--db", "" + db, "--out", "" + out, "--format", "xlsx");
    CommandRunner role =
        CommandRunner.run("export", "--db", "" + db, "--out", "" + out, "--role", "wizard");
    CommandRunner country =
        CommandRunner.run("export", "--db", "" + db, "--out", "" + out, "--country", "Germany");
    CommandRunner noMatch =
        CommandRunner.run("export", "--db", "" + db, "--out", "" + out, "--dataset", "none");
    CommandRunner noStore =
        CommandRunner.run(
            "export", "--db", directory.resolve("typo.duckdb").toString(), "--out", "" + out);

    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("unknown --format 'xlsx'");
    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err()).contains("unknown --role 'wizard'");
    assertThat(country.exitCode()).isEqualTo(2);
    assertThat(country.err()).contains("--country").contains("ISO 3166-1 alpha-2");
    assertThat(noMatch.exitCode()).isEqualTo(3);
    assertThat(noMatch.err()).contains("nothing to export");
    assertThat(noStore.exitCode()).isEqualTo(3);
    assertThat(Files.exists(out)).isFalse();
    assertThat(Files.exists(directory.resolve("typo.duckdb"))).isFalse();
  }

  private static Connection readOnly(Path file) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
  }

  private static List<String[]> editions(Connection connection) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT DISTINCT dataset_id, edition FROM pay_record ORDER BY 1, 2")) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    return out;
  }

  private static long count(Connection connection, String select) throws SQLException {
    return scalar(connection, "SELECT count(*) FROM (" + select + ")");
  }

  private static long scalar(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
