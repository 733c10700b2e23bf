package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input fails clearly and leaves the store untouched: a mapping with a problem exits 2 naming
 * the file, line, key, value and what is allowed, before any store exists; a file named explicitly
 * that no reader recognises exits 4 with one message naming the closest formats and what they lack,
 * and how to read it anyway; a directory scan sums up what is not data in one line.
 */
class FailingClearlyTest {
  @TempDir Path work;

  private Path survey() throws IOException {
    Path tsv = work.resolve("palkkakysely-2023.tsv");
    UserSurveys.finnishTsv(tsv, work.resolve("twin.csv"), 50, 1);
    return tsv;
  }

  private Path workbook() throws IOException {
    Path xlsx = work.resolve("kode24-2024.xlsx");
    UserSurveys.norwegianWorkbook(xlsx, work.resolve("twin.csv"), 50, 1);
    return xlsx;
  }

  private static final String GOOD =
      """
      dataset: palkkakysely
      edition: "2023"
      year: 2023
      currency: EUR
      period: month
      basis: gross
      scope: base
      columns:
        pay: Kuukausipalkka (€)
        role: Tehtävänimike
      """;

  /** Runs ingest with a mapping text; asserts exit 2, no store, and returns stderr. */
  private String refused(Path file, String mapping) throws IOException {
    Path map = work.resolve("map.yaml");
    Files.writeString(map, mapping, StandardCharsets.UTF_8);
    Path db = work.resolve("store.duckdb");
    CommandRunner result =
        CommandRunner.run(
            "ingest", file.toString(), "--mapping", map.toString(), "--db", db.toString());
    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
    assertThat(db).as("nothing is written: no store is created").doesNotExist();
    assertThat(result.out()).isEmpty();
    return result.err().strip();
  }

  @Test
  void theGoodMappingIngests() throws IOException {
    Path map = work.resolve("good.yaml");
    Files.writeString(map, GOOD, StandardCharsets.UTF_8);
    CommandRunner result =
        CommandRunner.run(
            "ingest",
            survey().toString(),
            "--mapping",
            map.toString(),
            "--db",
            work.resolve("store.duckdb").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void aMappedColumnTheFileDoesNotHaveExits2() throws IOException {
    Path file = survey();
    assertThat(refused(file, GOOD.replace("pay: Kuukausipalkka (€)", "pay: Palkka")))
        .isEqualTo(
            "devpay: "
                + work.resolve("map.yaml")
                + " line 9: columns.pay: 'Palkka' is not a column of "
                + file
                + " (closest: 'Kuukausipalkka (€)'); its columns are 'Vastaaja', 'Tehtävänimike',"
                + " 'Kuukausipalkka (€)', 'Kokemus (vuotta)', 'Kaupunki', 'Työsuhde', 'Kielet'");
  }

  @Test
  void anUnknownFieldExits2() throws IOException {
    assertThat(refused(survey(), GOOD.replace("role: Tehtävänimike", "job: Tehtävänimike")))
        .isEqualTo(
            "devpay: "
                + work.resolve("map.yaml")
                + " line 10: columns.job: unknown field 'job'; the fields are pay, role,"
                + " years_experience, city, employment, seniority, country, industry, skills,"
                + " weight, respondent_id, age");
  }

  @Test
  void aBadCurrencyExits2() throws IOException {
    assertThat(refused(survey(), GOOD.replace("currency: EUR", "currency: EURO")))
        .isEqualTo(
            "devpay: "
                + work.resolve("map.yaml")
                + " line 4: currency: 'EURO' is not an ISO 4217 currency code; use three letters,"
                + " such as NOK, EUR, USD or SEK");
  }

  @Test
  void aCurrencyWithoutARateForTheYearExits2() throws IOException {
    assertThat(
            refused(
                survey(),
                GOOD.replace("currency: EUR", "currency: NOK").replace("year: 2023", "year: 2005")))
        .endsWith(
            " line 4: currency: devpay has no 2005 exchange rate for NOK, so no row could be"
                + " converted to US dollars; its yearly rates for NOK cover 2010 to 2025");
  }

  @Test
  void aBadPeriodExits2() throws IOException {
    assertThat(refused(survey(), GOOD.replace("period: month", "period: monthly")))
        .endsWith(
            " line 5: period: 'monthly' is not allowed; use year, month, week or hour (the period"
                + " the pay covers)");
  }

  @Test
  void aBadOrBuiltInDatasetIdExits2() throws IOException {
    assertThat(refused(survey(), GOOD.replace("dataset: palkkakysely", "dataset: Palkka_Kysely")))
        .contains(
            "line 1: dataset: 'Palkka_Kysely' is not a dataset id: use lowercase letters, digits"
                + " and dashes");
    assertThat(refused(survey(), GOOD.replace("dataset: palkkakysely", "dataset: levels-fyi")))
        .contains("line 1: dataset: 'levels-fyi' is a built-in dataset's id");
  }

  @Test
  void aSheetThatDoesNotExistExits2() throws IOException {
    Path xlsx = workbook();
    String mapping =
        """
        dataset: kode24
        year: 2024
        currency: NOK
        period: year
        basis: gross
        scope: base
        sheet: Skjema
        columns:
          pay: Årslønn (brutto, uten bonus)
        """;
    assertThat(refused(xlsx, mapping))
        .isEqualTo(
            "devpay: "
                + work.resolve("map.yaml")
                + " line 7: sheet: 'Skjema' is not a sheet of "
                + xlsx
                + "; its sheets are 'Om undersøkelsen', 'Form1'");
  }

  @Test
  void aMappingWithSeveralProblemsNamesThemAll() throws IOException {
    String message =
        refused(
            survey(),
            GOOD.replace("currency: EUR", "currency: XX").replace("basis: gross", "basis: brutto"));
    assertThat(message)
        .startsWith("devpay: " + work.resolve("map.yaml") + ": 2 problems in the mapping:")
        .contains("line 4: currency: 'XX' is not an ISO 4217 currency code")
        .contains("line 6: basis: 'brutto' is not allowed; use gross or net");
  }

  @Test
  void aMappingForADirectoryOrAMissingMappingFileExits2() throws IOException {
    Path map = work.resolve("good.yaml");
    Files.writeString(map, GOOD, StandardCharsets.UTF_8);
    CommandRunner directory =
        CommandRunner.run(
            "ingest",
            work.toString(),
            "--mapping",
            map.toString(),
            "--db",
            work.resolve("s.duckdb").toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).contains("--mapping reads one file");
    CommandRunner missing =
        CommandRunner.run(
            "ingest",
            survey().toString(),
            "--mapping",
            work.resolve("nope.yaml").toString(),
            "--db",
            work.resolve("s.duckdb").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no mapping file at ");
    assertThat(work.resolve("s.duckdb")).doesNotExist();
  }

  @Test
  void anExplicitFileNoReaderRecognisesExits4WithOneMessage() throws IOException {
    Path file = survey();
    Path db = work.resolve("store.duckdb");

    CommandRunner result = CommandRunner.run("ingest", file.toString(), "--db", db.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err().strip().lines()).hasSize(1);
    assertThat(result.err())
        .contains(file + ": no devpay reader recognises it")
        .contains("no known format shares a needed column with it")
        .contains("`devpay inspect " + file + "`")
        .contains("--mapping MAP.yaml");
    assertThat(db).doesNotExist();
  }

  @Test
  void anExplicitFileNearAKnownFormatNamesItAndTheColumnsItLacks() throws IOException {
    // The EU 2020 survey's header without its salary column: closest to the 2020 format.
    String salary = "Yearly brutto salary (without bonus and stocks) in EUR";
    Path file = work.resolve("eu-2020-no-salary.csv");
    try (var reader =
            de.siegmar.fastcsv.reader.CsvReader.builder()
                .ofCsvRecord(RealData.file("it-salary-survey-eu/IT Salary Survey EU  2020.csv"));
        var writer = de.siegmar.fastcsv.writer.CsvWriter.builder().build(file)) {
      int drop = -1;
      int written = 0;
      for (var record : reader) {
        List<String> fields = new java.util.ArrayList<>(record.getFields());
        if (drop < 0) {
          drop = fields.indexOf(salary);
          assertThat(drop).isGreaterThanOrEqualTo(0);
        }
        fields.remove(drop);
        writer.writeRecord(fields);
        if (++written == 4) {
          break;
        }
      }
    }

    CommandRunner result =
        CommandRunner.run(
            "answer", "--data", file.toString(), "--db", work.resolve("a.duckdb").toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err().strip().lines()).hasSize(1);
    assertThat(result.err())
        .contains("closest known formats: it-salary-survey-eu/2020 (lacks '" + salary + "')")
        .contains("devpay inspect")
        .contains("--mapping");
  }

  @Test
  void aScanSumsUpWhatIsNotDataAndReportsAggregatesAsWhatTheyAre() throws IOException {
    Path aggregates = RealData.file("so-official-aggregates");
    String db = work.resolve("store.duckdb").toString();

    CommandRunner quiet = CommandRunner.run("ingest", aggregates.toString(), "--db", db);
    CommandRunner verbose =
        CommandRunner.run("ingest", aggregates.toString(), "--db", db, "--verbose");

    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.out())
        .containsPattern("aggregates +.*so_official_salary_by_devtype\\.csv .*`devpay reconcile`")
        .containsPattern("aggregates +.*so_official_2023_salary_by_language_partial\\.csv")
        .contains(
            "(1 file skipped as no data table: so-official-aggregates/SOURCE.md; --verbose lists them)")
        .contains("0 files with pay skipped")
        .contains("2 tables of aggregates, 1 not data, 0 failed")
        .doesNotContain("skipped: pay");
    assertThat(verbose.out())
        .containsPattern("skipped +.*so-official-aggregates/SOURCE\\.md .*not a table of pay")
        .doesNotContain("--verbose lists them");
  }

  @Test
  void anAggregateTableNamedExplicitlyIsNotRespondentData() {
    Path file = RealData.file("so-official-aggregates/so_official_salary_by_devtype.csv");
    CommandRunner result =
        CommandRunner.run("ingest", file.toString(), "--db", work.resolve("s.duckdb").toString());
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err())
        .contains(
            "not respondent data, so there is nothing to ingest: it is Stack Overflow's published"
                + " salary medians by developer type");
  }
}
