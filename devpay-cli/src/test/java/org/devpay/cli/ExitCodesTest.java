package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every exit code of the README's table, each provoked the way a user would meet it: 0 ok, 2 bad
 * input, 3 missing data, 4 a file that failed or was not recognised, 6 environment, 70 internal
 * error. Read-only commands never create a store.
 */
class ExitCodesTest {
  @TempDir Path work;

  @Test
  void okIsZero() {
    Path db = work.resolve("none.duckdb");
    CommandRunner result = CommandRunner.run("datasets", "--db", db.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("it-salary-survey-eu");
    assertThat(db).as("datasets only reads").doesNotExist();
  }

  @Test
  void badInputIsTwo() {
    CommandRunner unknownRole = CommandRunner.run("estimate", "--role", "wizard");
    assertThat(unknownRole.exitCode()).isEqualTo(2);
    assertThat(unknownRole.err()).contains("unknown role 'wizard'");
    CommandRunner unknownOption = CommandRunner.run("answer", "--colour", "red");
    assertThat(unknownOption.exitCode()).isEqualTo(2);
  }

  @Test
  void mistypedStoreIsMissingDataWithAdviceAndIsNotCreated() {
    Path typo = work.resolve("typo.duckdb");
    CommandRunner result = CommandRunner.run("answer", "--db", typo.toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("no store at " + typo).contains("typo");
    assertThat(typo).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"answer", "compare", "factors", "claims", "estimate", "reconcile"})
  void readOnlyCommandsNeverCreateAStore(String command) {
    Path missing = work.resolve(command + ".duckdb");
    String[] args =
        switch (command) {
          case "compare" -> new String[] {command, "--role", "backend", "--db", missing.toString()};
          case "factors" -> new String[] {command, "skills", "--db", missing.toString()};
          case "estimate" ->
              new String[] {command, "--role", "backend", "--db", missing.toString()};
          default -> new String[] {command, "--db", missing.toString()};
        };
    CommandRunner result = CommandRunner.run(args);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
    assertThat(missing).doesNotExist();
  }

  @Test
  void missingInputFileIsMissingData() {
    Path db = work.resolve("ingest.duckdb");
    CommandRunner result =
        CommandRunner.run("ingest", "--db", db.toString(), "/nonexistent-devpay-input.csv");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("/nonexistent-devpay-input.csv");
    assertThat(db).doesNotExist();
  }

  @Test
  void answerAfterADataDirectoryWithNothingRecognisedSaysSo() throws IOException {
    Path notes = Files.createDirectories(work.resolve("notes"));
    Files.writeString(notes.resolve("README.md"), "# my notes\nnothing to see\n");
    Path db = work.resolve("empty.duckdb");

    CommandRunner first =
        CommandRunner.run("answer", "--db", db.toString(), "--data", notes.toString());
    assertThat(first.exitCode()).isEqualTo(3);
    assertThat(first.err()).contains("nothing in " + notes + " was recognised");

    // The store now exists but holds nothing: answer without --data is missing data too.
    CommandRunner again = CommandRunner.run("answer", "--db", db.toString());
    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(again.err()).contains("no data in the store");
  }

  @Test
  void missingDataDirectoryIsMissingDataAndCreatesNoStore() {
    Path db = work.resolve("never.duckdb");
    CommandRunner result =
        CommandRunner.run(
            "answer", "--db", db.toString(), "--data", work.resolve("no-such-dir").toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(db).doesNotExist();
  }

  @Test
  void unrecognisedFileNamedOnTheCommandLineIsFour() throws IOException {
    Path notes = work.resolve("notes.txt");
    Files.writeString(notes, "not a salary table\n");
    CommandRunner result =
        CommandRunner.run("ingest", "--db", work.resolve("s.duckdb").toString(), notes.toString());
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err())
        .contains("no devpay reader recognises it")
        .contains("notes.txt")
        .contains("devpay inspect");
    // Refused before the store is opened: nothing is created.
    assertThat(work.resolve("s.duckdb")).doesNotExist();
  }

  @Test
  void unreadableFileIsFour() throws IOException {
    Path cut = work.resolve("cut.csv.gz");
    Files.write(cut, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    CommandRunner result =
        CommandRunner.run("ingest", "--db", work.resolve("s.duckdb").toString(), cut.toString());
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).contains("cut.csv.gz");
    assertThat(work.resolve("s.duckdb")).doesNotExist();
  }

  @Test
  void storeThatCannotBeCreatedIsAnEnvironmentFailure() throws IOException {
    Path file = Files.writeString(work.resolve("a-file"), "x");
    Path impossible = file.resolve("store.duckdb");
    CommandRunner result =
        CommandRunner.run(
            "ingest",
            "--db",
            impossible.toString(),
            RealData.file("it-salary-survey-eu").toString());
    assertThat(result.exitCode()).isEqualTo(6);
    assertThat(result.err()).contains("cannot open the store");
  }

  @Test
  void brokenInvariantInTheStoreIsAnInternalError() throws IOException, SQLException {
    Path db = work.resolve("tampered.duckdb");
    CommandRunner ingest =
        CommandRunner.run(
            "ingest",
            "--db",
            db.toString(),
            RealData.file("it-salary-survey-eu/salary-report_2017.csv").toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    // A negative annual pay can never come out of an ingest: the record type refuses it.
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("UPDATE pay_record SET annual_local = -1 WHERE row_number = 2");
    }

    CommandRunner result = CommandRunner.run("answer", "--db", db.toString());

    assertThat(result.exitCode()).isEqualTo(70);
    assertThat(result.err()).contains("internal error");
  }
}
