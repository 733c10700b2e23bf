package org.devpay.sources.stackoverflow;

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
import org.devpay.sources.SourceTable;
import org.devpay.sources.SyntheticCsv;
import org.devpay.sources.TableHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of {@link StackOverflowSurveyAdapter} 2017 on small hand-written tables with the
 * columns the adapter reads (names as the 2017 public file has them; every value below is
 * invented).
 */
class StackOverflow2017AdapterTest {
  static final List<String> HEADER =
      List.of(
          "Respondent",
          "Professional",
          "Country",
          "EmploymentStatus",
          "CompanySize",
          "CompanyType",
          "YearsProgram",
          "YearsCodedJob",
          "DeveloperType",
          "WebDeveloperType",
          "MobileDeveloperType",
          "Currency",
          "HaveWorkedLanguage",
          "HaveWorkedFramework",
          "HaveWorkedDatabase",
          "HaveWorkedPlatform",
          "Salary");

  @TempDir Path directory;

  private final StackOverflowSurveyAdapter adapter = StackOverflowSurveyAdapter.edition(2017);

  @Test
  void takesWebDeveloperTypeAsPrimaryRoleAndKeepsEveryRole() throws IOException {
    SourceTable table =
        rows(
            Map.of(
                "Respondent", "12",
                "Country", "Germany",
                "DeveloperType", "Web developer; Mobile developer",
                "WebDeveloperType", "Back-end Web developer",
                "HaveWorkedLanguage", "Java; SQL",
                "HaveWorkedDatabase", "PostgreSQL",
                "HaveWorkedPlatform", "NA",
                "Currency", "Euros (€)",
                "Salary", "75e3"));

    RawRecord record = read(table).accepted.get(0);

    assertThat(record.datasetId()).isEqualTo("so-survey-2017");
    assertThat(record.edition()).isEqualTo("2017");
    assertThat(record.year()).isEqualTo(2017);
    assertThat(record.respondentKey()).isEqualTo("12");
    assertThat(record.roleLabel()).isEqualTo("Back-end Web developer");
    assertThat(record.roleLabels())
        .containsExactly("Web developer", "Mobile developer", "Back-end Web developer");
    assertThat(record.countryText()).isEqualTo("Germany");
    assertThat(record.skillLabels()).containsExactly("Java", "SQL", "PostgreSQL");
    assertThat(record.pay().amount()).isEqualTo(75_000);
    assertThat(record.pay().currency()).isEqualTo("USD");
    assertThat(record.pay().period()).isEqualTo(PayPeriod.YEAR);
    assertThat(record.pay().basis()).isEqualTo(TaxBasis.GROSS);
    assertThat(record.pay().scope()).isEqualTo(PayScope.BASE);
    assertThat(record.pay().range()).isEmpty();
    assertThat(record.attributes()).containsEntry("currency", "Euros (€)");
  }

  @Test
  void takesTheFirstDeveloperTypeWhenThereIsNoWebDeveloperType() throws IOException {
    SourceTable table =
        rows(
            Map.of(
                "DeveloperType", "Mobile developer; Desktop applications developer",
                "WebDeveloperType", "NA",
                "Salary", "50000"),
            Map.of("DeveloperType", "NA", "WebDeveloperType", "NA", "Salary", "50000"));

    List<RawRecord> records = read(table).accepted;

    assertThat(records.get(0).roleLabel()).isEqualTo("Mobile developer");
    assertThat(records.get(0).roleLabels())
        .containsExactly("Mobile developer", "Desktop applications developer");
    assertThat(records.get(1).roleLabel()).isEmpty();
    assertThat(records.get(1).roleLabels()).isEmpty();
  }

  @Test
  void readsNaAnswersAsAbsent() throws IOException {
    SourceTable table =
        rows(
            Map.of(
                "Country", "NA",
                "EmploymentStatus", "NA",
                "YearsCodedJob", "NA",
                "CompanySize", "NA",
                "Salary", "50000"));

    RawRecord record = read(table).accepted.get(0);

    assertThat(record.countryText()).isEmpty();
    assertThat(record.employmentLabel()).isEmpty();
    assertThat(record.experienceText()).isEmpty();
    assertThat(record.attributes()).doesNotContainKey("company_size");
  }

  @Test
  void rejectsNaZeroAndTextSalaries() throws IOException {
    SourceTable table =
        rows(Map.of("Salary", "NA"), Map.of("Salary", "0"), Map.of("Salary", "$50,000"));

    Collected collected = read(table);

    assertThat(collected.rejected)
        .extracting(r -> r.rowNumber() + " " + r.reason() + " " + r.detail())
        .containsExactly(
            "1 MISSING_AMOUNT Salary='NA'",
            "2 NON_POSITIVE_AMOUNT Salary='0'",
            "3 UNPARSEABLE_AMOUNT Salary='$50,000'");
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(Map.of("Salary", "50000"))
            .raw("19102,Professional developer,France,")
            .write(directory.resolve("survey_results_public.csv"));

    Collected collected = read(table);

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.detail()).isEqualTo("4 of 17 fields");
            });
  }

  @Test
  void failsWithClearMessageWhenTheSalaryColumnIsMissing() throws IOException {
    List<String> header = new ArrayList<>(HEADER);
    header.remove("Salary");
    SourceTable table =
        SyntheticCsv.withHeader(header)
            .row(Map.of("Respondent", "1"))
            .write(directory.resolve("survey_results_public.csv"));

    assertThatThrownBy(() -> read(table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column 'Salary' is missing");
  }

  @Test
  void recognisesTheResultsHeaderButNotTheSchemaOrThe2016Header() {
    assertThat(adapter.recognises(new TableHeader("survey_results_public.csv", HEADER))).isTrue();
    assertThat(
            adapter.recognises(
                new TableHeader("survey_results_schema.csv", List.of("Column", "Question"))))
        .isFalse();
    assertThat(adapter.recognises(new TableHeader("x.csv", StackOverflow2016AdapterTest.HEADER)))
        .isFalse();
  }

  @SafeVarargs
  private SourceTable rows(Map<String, String>... rows) throws IOException {
    SyntheticCsv csv = SyntheticCsv.withHeader(HEADER);
    for (Map<String, String> row : rows) {
      csv.row(row);
    }
    return csv.write(directory.resolve("survey_results_public.csv"));
  }

  private Collected read(SourceTable table) throws IOException {
    Collected collected = new Collected();
    adapter.read(table, collected);
    return collected;
  }
}
