package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code devpay standing} on the real data: the table's blocks and its one-axis chart grouped by
 * pay basis, the CSV is the table's rows, a monthly pay reads as twelve times it, and exit codes 2
 * (bad input) and 3 (no edition can answer). The figures themselves are checked against pandas by
 * {@link StandingGoldenTest}.
 */
class StandingCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;

  private static String db;

  @BeforeAll
  static void copyTheRealStore() {
    db = IngestedRealData.copyTo(directory.resolve("real.duckdb")).toString();
  }

  private static CommandRunner standing(String... arguments) {
    String[] all = new String[arguments.length + 3];
    all[0] = "standing";
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    all[all.length - 2] = "--db";
    all[all.length - 1] = db;
    return CommandRunner.run(all);
  }

  @Test
  void theTableAnswersEachEditionAndDrawsThemOnOneAxisGroupedByBasis() {
    CommandRunner run =
        standing(
            "--pay",
            "65000",
            "--currency",
            "EUR",
            "--role",
            "backend",
            "--years",
            "6",
            "--metro",
            "Berlin");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "it-salary-survey-eu 2020: IT Salary Survey EU (December 2020)",
            "Higher than 10-15% (95% interval 6-21%) of back-end developers with 6 years in Berlin",
            "amount: 65,000 EUR a year in 2024 money is 54,469 EUR at 2020 prices",
            "its own percentile is withheld",
            "All editions on one axis, USD a year",
            "Not answered:");
    // Gross base pay and gross total pay are two groups; no edition of this profile is net.
    String axis = run.out().substring(run.out().indexOf("All editions on one axis"));
    assertThat(axis).contains("gross base pay\n", "gross total pay\n").doesNotContain("net base");
    assertThat(axis.indexOf("levels-fyi 2017-2021")).isGreaterThan(axis.indexOf("gross total pay"));
    assertThat(axis.indexOf("it-salary-survey-eu 2020"))
        .isBetween(axis.indexOf("gross base pay"), axis.indexOf("gross total pay"));
    assertThat(axis).contains("your pay 62,215");
  }

  @Test
  void theCsvHasOneRowPerEditionAndAMonthlyPayIsTwelveTimesIt() throws Exception {
    CommandRunner yearly =
        standing(
            "--pay",
            "60000",
            "--currency",
            "EUR",
            "--role",
            "backend",
            "--metro",
            "Berlin",
            "--format",
            "csv");
    CommandRunner monthly =
        standing(
            "--pay",
            "5000",
            "--period",
            "month",
            "--currency",
            "EUR",
            "--role",
            "backend",
            "--metro",
            "Berlin",
            "--format",
            "csv");
    assertThat(yearly.exitCode()).as(yearly.err()).isZero();
    assertThat(monthly.out()).isEqualTo(yearly.out());
    List<String> lines = yearly.out().lines().toList();
    assertThat(lines.get(0)).startsWith("dataset,edition,basis,survey_year,currency,amount");

    JsonNode json =
        JSON.readTree(
            standing(
                    "--pay",
                    "60000",
                    "--currency",
                    "EUR",
                    "--role",
                    "backend",
                    "--metro",
                    "Berlin",
                    "--format",
                    "json")
                .out());
    assertThat(lines).hasSize(1 + json.get("standings").size());
  }

  @Test
  void aBasisLeavesOutTheOtherBasissEditionsWithTheReason() throws Exception {
    CommandRunner run =
        standing(
            "--pay",
            "2500",
            "--period",
            "month",
            "--currency",
            "USD",
            "--basis",
            "net",
            "--role",
            "backend",
            "--country",
            "UA",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode document = JSON.readTree(run.out());
    assertThat(document.get("standings").findValuesAsText("dataset")).containsOnly("dou-ua");
    assertThat(document.get("skipped").findValuesAsText("reason"))
        .anySatisfy(r -> assertThat(r).contains("net and gross pay are never compared"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--pay -5 --currency EUR --role backend              | 2 | pay must be a positive number",
        "--pay 50000 --currency XYZ --role backend           | 2 | unknown currency 'XYZ'",
        "--pay 50000 --currency EURO --role backend          | 2 | three-letter ISO 4217 code",
        "--pay 50000 --currency EUR                          | 2 | --role is required",
        "--pay 50000 --currency EUR --role backend --period week | 2 | --period",
        "--pay 50000 --currency EUR --role security --country DE | 3 | no edition can place this pay",
      })
  void badInputExitsTwoAndNoAnswerExitsThree(String arguments, int code, String message) {
    CommandRunner run = standing(arguments.trim().split("\\s+"));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
    assertThat(run.err()).contains(message);
  }
}
