package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
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
 * Edge cases of {@link StackOverflowSurveyAdapter} 2016 on small hand-written tables with the
 * columns the adapter reads (names as the stacksurveyr file has them; every value below is
 * invented).
 */
class StackOverflow2016AdapterTest {
  static final List<String> HEADER =
      List.of(
          "respondent_id",
          "country",
          "so_region",
          "age_range",
          "occupation",
          "occupation_group",
          "experience_range",
          "salary_range",
          "salary_midpoint",
          "tech_do",
          "employment_status",
          "industry",
          "company_size_range",
          "remote");

  @TempDir Path directory;

  private final StackOverflowSurveyAdapter adapter = StackOverflowSurveyAdapter.edition(2016);

  @Test
  void readsABinnedSalaryWithItsRangeAndRawLabels() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(
                Map.of(
                    "respondent_id", "4637",
                    "country", "Germany",
                    "occupation", "Back-end web developer",
                    "occupation_group", "Web developer",
                    "experience_range", "6 - 10 years",
                    "salary_range", "$40,000 - $50,000",
                    "salary_midpoint", "45000",
                    "tech_do", "Java; PostgreSQL; Java",
                    "employment_status", "Employed full-time",
                    "industry", "Finance / Banking"))
            .write(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    RawRecord record = collected.accepted.get(0);
    assertThat(record.datasetId()).isEqualTo("so-survey-2016");
    assertThat(record.edition()).isEqualTo("2016");
    assertThat(record.year()).isEqualTo(2016);
    assertThat(record.respondentKey()).isEqualTo("4637");
    assertThat(record.roleLabel()).isEqualTo("Back-end web developer");
    assertThat(record.seniorityLabel()).isEmpty();
    assertThat(record.experienceText()).isEqualTo("6 - 10 years");
    assertThat(record.employmentLabel()).isEqualTo("Employed full-time");
    assertThat(record.countryText()).isEqualTo("Germany");
    assertThat(record.industryLabels()).containsExactly("Finance / Banking");
    assertThat(record.skillLabels()).containsExactly("Java", "PostgreSQL");
    assertThat(record.pay().amount()).isEqualTo(45_000);
    assertThat(record.pay().currency()).isEqualTo("USD");
    assertThat(record.pay().period()).isEqualTo(PayPeriod.YEAR);
    assertThat(record.pay().basis()).isEqualTo(TaxBasis.GROSS);
    // The 2016 question asked for earnings "including bonus": total compensation.
    assertThat(record.pay().scope()).isEqualTo(PayScope.TOTAL);
    assertThat(record.pay().range())
        .contains(new PayRange(40_000, OptionalDouble.of(50_000), "$40,000 - $50,000"));
    assertThat(record.attributes()).isEqualTo(Map.of("occupation_group", "Web developer"));
  }

  @Test
  void rejectsAnswersWithoutAMidpointAsMissingNamingTheAnswer() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(Map.of("salary_range", ""))
            .row(Map.of("salary_range", "Rather not say"))
            .row(Map.of("salary_range", "Unemployed"))
            .row(Map.of("salary_range", "$10,000 - $20,000"))
            .write(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted).isEmpty();
    assertThat(collected.rejected)
        .extracting(r -> r.reason() + " " + r.detail())
        .containsExactly(
            "MISSING_AMOUNT salary_range is empty",
            "MISSING_AMOUNT salary_range='Rather not say' has no salary_midpoint",
            "MISSING_AMOUNT salary_range='Unemployed' has no salary_midpoint",
            "MISSING_AMOUNT salary_range='$10,000 - $20,000' has no salary_midpoint");
  }

  @Test
  void rejectsAMidpointWithoutAKnownBinAsInvalid() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(Map.of("salary_range", "About $45k", "salary_midpoint", "45000"))
            .write(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.INVALID_FIELD);
              assertThat(r.detail())
                  .isEqualTo("salary_range='About $45k' is not a known salary bin");
            });
  }

  @Test
  void rejectsAnUnparseableOrNegativeMidpoint() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(Map.of("salary_range", "$10,000 - $20,000", "salary_midpoint", "15,000"))
            .row(Map.of("salary_range", "$10,000 - $20,000", "salary_midpoint", "-15000"))
            .write(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    assertThat(collected.rejected)
        .extracting(r -> r.reason() + " " + r.detail())
        .containsExactly(
            "UNPARSEABLE_AMOUNT salary_midpoint='15,000'",
            "NON_POSITIVE_AMOUNT salary_midpoint='-15000'");
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(Map.of("salary_range", "Less than $10,000", "salary_midpoint", "5000"))
            .raw("99,Germany,Western Europe")
            .write(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
            });
  }

  @Test
  void readsAFileSavedWithAByteOrderMark() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(
                Map.of(
                    "respondent_id",
                    "7",
                    "salary_range",
                    "More than $200,000",
                    "salary_midpoint",
                    "210000"))
            .writeWithBom(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.respondentKey()).isEqualTo("7");
              assertThat(r.pay().range().orElseThrow().upper()).isEmpty();
            });
  }

  /**
   * A copy without {@code salary_midpoint} (a file holding some of the official columns) is read
   * with the midpoint rule, which gives what Stack Overflow published: 5,000 for "Less than
   * $10,000", 210,000 for "More than $200,000" (the real file's pairs,
   * StackOverflow2016RealFileTest).
   */
  @Test
  void readsTheBinsByTheMidpointRuleWhenTheMidpointColumnIsMissing() throws IOException {
    List<String> header = new ArrayList<>(HEADER);
    header.remove("salary_midpoint");
    SourceTable table =
        SyntheticCsv.withHeader(header)
            .row(Map.of("salary_range", "Less than $10,000"))
            .row(Map.of("salary_range", "$40,000 - $50,000"))
            .row(Map.of("salary_range", "More than $200,000"))
            .row(Map.of("salary_range", "Rather not say"))
            .write(directory.resolve("synthetic-2016.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted)
        .extracting(r -> r.pay().amount())
        .containsExactly(5_000.0, 45_000.0, 210_000.0);
    assertThat(collected.rejected)
        .extracting(r -> r.reason() + " " + r.detail())
        .containsExactly("MISSING_AMOUNT salary_range='Rather not say' is not a pay bin");
  }

  @Test
  void readsTheOfficialFileWhoseRespondentColumnHasNoName() throws IOException {
    List<String> header = new ArrayList<>(HEADER);
    header.set(0, "");
    SourceTable table =
        SyntheticCsv.withHeader(header)
            .fields(
                "31",
                "France",
                "",
                "",
                "Back-end web developer",
                "",
                "",
                "$40,000 - $50,000",
                "45000",
                "",
                "",
                "",
                "",
                "")
            .write(directory.resolve("2016 Stack Overflow Survey Responses.csv"));

    RawRecord record = read(table).accepted.get(0);

    assertThat(adapter.recognises(new TableHeader("official.csv", header))).isTrue();
    assertThat(record.respondentKey()).isEqualTo("31");
    assertThat(record.pay().amount()).isEqualTo(45_000);
  }

  @Test
  void doesNotRecogniseTheSchemaFileOrTheStackOverflow2017Header() {
    assertThat(
            adapter.recognises(
                new TableHeader(
                    "schema.csv", List.of("column", "type", "question", "description"))))
        .isFalse();
    assertThat(
            adapter.recognises(
                new TableHeader(
                    "survey_results_public.csv",
                    List.of("Respondent", "DeveloperType", "WebDeveloperType", "Salary"))))
        .isFalse();
    assertThat(adapter.recognises(new TableHeader("x.csv", HEADER))).isTrue();
  }

  private Collected read(SourceTable table) throws IOException {
    Collected collected = new Collected();
    adapter.read(table, collected);
    return collected;
  }
}
