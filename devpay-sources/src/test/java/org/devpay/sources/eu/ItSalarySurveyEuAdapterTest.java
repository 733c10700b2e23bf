package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SyntheticCsv;
import org.devpay.sources.TableHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of {@link ItSalarySurveyEuAdapter} on small hand-written tables whose headers are the
 * published 2019 and 2020 headers (column names only; every value below is invented).
 */
class ItSalarySurveyEuAdapterTest {
  static final String PAY_2019 = "Yearly brutto salary (without bonus and stocks)";
  static final String PAY_2020 = "Yearly brutto salary (without bonus and stocks) in EUR";

  static final List<String> HEADER_2019 =
      List.of(
          "Zeitstempel",
          "Age",
          "Gender",
          "City",
          "Seniority level",
          "Position (without seniority)",
          "Years of experience",
          "Your main technology / programming language",
          PAY_2019,
          "Yearly bonus",
          "Yearly stocks",
          "Yearly brutto salary (without bonus and stocks) one year ago. Only answer if staying in"
              + " same country",
          "Yearly bonus one year ago. Only answer if staying in same country",
          "Yearly stocks one year ago. Only answer if staying in same country",
          "Number of vacation days",
          "Number of home office days per month",
          "Main language at work",
          "Company name ",
          "Company size",
          "Company type",
          "\u0421ontract duration",
          "Company business sector",
          "0");

  static final List<String> HEADER_2020 =
      List.of(
          "Timestamp",
          "Age",
          "Gender",
          "City",
          "Position ",
          "Total years of experience",
          "Years of experience in Germany",
          "Seniority level",
          "Your main technology / programming language",
          "Other technologies/programming languages you use often",
          PAY_2020,
          "Yearly bonus + stocks in EUR",
          "Annual brutto salary (without bonus and stocks) one year ago. Only answer if staying in"
              + " the same country",
          "Annual bonus+stocks one year ago. Only answer if staying in same country",
          "Number of vacation days",
          "Employment status",
          "\u0421ontract duration",
          "Main language at work",
          "Company size",
          "Company type",
          "Have you lost your job due to the coronavirus outbreak?",
          "Have you been forced to have a shorter working week (Kurzarbeit)? If yes, how many hours"
              + " per week",
          "Have you received additional monetary support from your employer due to Work From Home?"
              + " If yes, how much in 2020 in EUR");

  @TempDir Path directory;

  @Test
  void readsA2019RowIntoRawLabelsAndEuroGrossBasePay() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER_2019)
            .row(
                Map.of(
                    "Age",
                    "30",
                    "Gender",
                    "Female",
                    "City",
                    "Berlin",
                    "Seniority level",
                    "Senior",
                    "Position (without seniority)",
                    "Backend Developer",
                    "Years of experience",
                    "7",
                    "Your main technology / programming language",
                    "Java",
                    PAY_2019,
                    "10.000",
                    "Yearly bonus",
                    "5000",
                    "Company business sector",
                    "Finance / Insurance"))
            .write(directory.resolve("synthetic-2019.csv"));

    Collected collected = read(ItSalarySurveyEuAdapter.edition2019(), table);

    assertThat(collected.rejected).isEmpty();
    RawRecord record = collected.accepted.get(0);
    assertThat(record.datasetId()).isEqualTo("it-salary-survey-eu");
    assertThat(record.edition()).isEqualTo("2019");
    assertThat(record.year()).isEqualTo(2019);
    assertThat(record.respondentKey()).isEqualTo("1");
    assertThat(record.roleLabel()).isEqualTo("Backend Developer");
    assertThat(record.seniorityLabel()).isEqualTo("Senior");
    assertThat(record.experienceText()).isEqualTo("7");
    assertThat(record.cityText()).isEqualTo("Berlin");
    assertThat(record.countryText()).isEmpty();
    assertThat(record.employmentLabel()).isEmpty();
    assertThat(record.industryLabels()).containsExactly("Finance / Insurance");
    assertThat(record.skillLabels()).containsExactly("Java");
    assertThat(record.pay().amount()).isEqualTo(10_000);
    assertThat(record.pay().currency()).isEqualTo("EUR");
    assertThat(record.pay().period()).isEqualTo(PayPeriod.YEAR);
    assertThat(record.pay().basis()).isEqualTo(TaxBasis.GROSS);
    assertThat(record.pay().scope()).isEqualTo(PayScope.BASE);
    assertThat(record.pay().range()).isEmpty();
    assertThat(record.attributes()).isEqualTo(Map.of("age", "30", "bonus", "5000"));
  }

  @Test
  void readsA2020RowWithTrailingSpacePositionOtherTechnologiesAndEmployment() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER_2020)
            .row(
                Map.of(
                    "Position ",
                    " Data Engineer ",
                    "Your main technology / programming language",
                    "Python",
                    "Other technologies/programming languages you use often",
                    "SQL, Python, AWS",
                    PAY_2020,
                    "62000.0",
                    "Employment status",
                    "Full-time employee",
                    "\u0421ontract duration",
                    "Unlimited contract"))
            .write(directory.resolve("synthetic-2020.csv"));

    Collected collected = read(ItSalarySurveyEuAdapter.edition2020(), table);

    RawRecord record = collected.accepted.get(0);
    assertThat(record.roleLabel()).isEqualTo("Data Engineer");
    assertThat(record.roleLabels()).containsExactly("Data Engineer");
    assertThat(record.skillLabels()).containsExactly("Python", "SQL", "AWS");
    assertThat(record.employmentLabel()).isEqualTo("Full-time employee");
    assertThat(record.industryLabels()).isEmpty();
    assertThat(record.pay().amount()).isEqualTo(62_000);
    assertThat(record.attributes()).containsEntry("contract_duration", "Unlimited contract");
  }

  @Test
  void rejectsEachUnusablePayWithItsReasonAndQuotedValue() throws IOException {
    List<String> pays = List.of("", "NA", "60-70k", "-5000", "0", "65,000");
    SyntheticCsv csv = SyntheticCsv.withHeader(HEADER_2019);
    pays.forEach(pay -> csv.row(Map.of(PAY_2019, pay)));
    SourceTable table = csv.write(directory.resolve("synthetic-2019.csv"));

    Collected collected = read(ItSalarySurveyEuAdapter.edition2019(), table);

    assertThat(collected.rejected)
        .extracting(r -> r.rowNumber() + " " + r.reason() + " " + r.detail())
        .containsExactly(
            "1 MISSING_AMOUNT " + PAY_2019 + " is empty",
            "2 MISSING_AMOUNT " + PAY_2019 + "='NA'",
            "3 UNPARSEABLE_AMOUNT " + PAY_2019 + "='60-70k'",
            "4 NON_POSITIVE_AMOUNT " + PAY_2019 + "='-5000'",
            "5 NON_POSITIVE_AMOUNT " + PAY_2019 + "='0'");
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(6);
              assertThat(r.pay().amount()).isEqualTo(65_000);
            });
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER_2019)
            .row(Map.of(PAY_2019, "70000"))
            .raw("02.12.2019 11:18:26,33,Male,Berlin")
            .write(directory.resolve("synthetic-2019.csv"));

    Collected collected = read(ItSalarySurveyEuAdapter.edition2019(), table);

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.detail()).isEqualTo("4 of 23 fields");
            });
  }

  @Test
  void rejectsRowWithExtraFieldsAsMalformed() throws IOException {
    List<String> fields = new ArrayList<>();
    HEADER_2019.forEach(column -> fields.add(column.equals(PAY_2019) ? "70000" : ""));
    fields.add("one field too many");
    SourceTable table =
        SyntheticCsv.withHeader(HEADER_2019)
            .fields(fields.toArray(String[]::new))
            .write(directory.resolve("synthetic-2019.csv"));

    Collected collected = read(ItSalarySurveyEuAdapter.edition2019(), table);

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW));
  }

  @Test
  void readsAndDetectsAFileSavedWithAByteOrderMark() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER_2019)
            .row(Map.of("Zeitstempel", "02.12.2019 11:18:26", PAY_2019, "70000"))
            .writeWithBom(directory.resolve("synthetic-2019.csv"));

    Collected collected = read(ItSalarySurveyEuAdapter.edition2019(), table);

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> assertThat(r.attributes()).containsEntry("timestamp", "02.12.2019 11:18:26"));
    assertThat(new FormatDetector(AdapterRegistry.standard()).detect(table).adapter())
        .hasValueSatisfying(a -> assertThat(a.formatId()).isEqualTo("it-salary-survey-eu/2019"));
  }

  @Test
  void failsWithClearMessageWhenTheSalaryColumnIsMissing() throws IOException {
    List<String> header = new ArrayList<>(HEADER_2019);
    header.remove(PAY_2019);
    SourceTable table =
        SyntheticCsv.withHeader(header)
            .row(Map.of("City", "Berlin"))
            .write(directory.resolve("synthetic-2019.csv"));

    assertThatThrownBy(() -> read(ItSalarySurveyEuAdapter.edition2019(), table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column '" + PAY_2019 + "' is missing")
        .hasMessageContaining("synthetic-2019.csv");
  }

  @Test
  void eachYearRecognisesOnlyItsOwnHeader() {
    TableHeader header2019 = new TableHeader("x.csv", HEADER_2019);
    TableHeader header2020 = new TableHeader("x.csv", HEADER_2020);

    assertThat(ItSalarySurveyEuAdapter.allEditions())
        .filteredOn(adapter -> adapter.recognises(header2019))
        .extracting(ItSalarySurveyEuAdapter::formatId)
        .containsExactly("it-salary-survey-eu/2019");
    assertThat(ItSalarySurveyEuAdapter.allEditions())
        .filteredOn(adapter -> adapter.recognises(header2020))
        .extracting(ItSalarySurveyEuAdapter::formatId)
        .containsExactly("it-salary-survey-eu/2020");
  }

  @Test
  void doesNotRecogniseAnotherDatasetsHeader() {
    TableHeader stackOverflow2017 =
        new TableHeader(
            "survey_results_public.csv",
            List.of("Respondent", "Professional", "Country", "DeveloperType", "Salary"));
    TableHeader levels =
        new TableHeader(
            "Levels_Fyi_Salary_Data.csv",
            List.of("timestamp", "company", "level", "title", "totalyearlycompensation"));

    assertThat(ItSalarySurveyEuAdapter.allEditions())
        .noneMatch(adapter -> adapter.recognises(stackOverflow2017) || adapter.recognises(levels));
  }

  private static Collected read(ItSalarySurveyEuAdapter adapter, SourceTable table)
      throws IOException {
    Collected collected = new Collected();
    adapter.read(table, collected);
    return collected;
  }
}
