package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documented rules for multi-select answers and the respondent's own pay answer. */
class StackOverflowRulesTest {
  private static final SurveySchema.Roles ROLES = StackOverflowSchemas.year2019().roles();

  @Test
  void primaryRolePrefersFullStackThenBothSidesThenOneSideThenTheFirstSelected() {
    assertThat(
            PrimaryRole.of(
                List.of("Developer, back-end", "Developer, full-stack", "Developer, mobile"),
                "",
                ROLES))
        .isEqualTo("Developer, full-stack");
    assertThat(PrimaryRole.of(List.of("Developer, back-end", "Developer, front-end"), "", ROLES))
        .isEqualTo("Developer, back-end; Developer, front-end");
    assertThat(
            PrimaryRole.of(
                List.of("Data scientist or machine learning specialist", "Developer, back-end"),
                "",
                ROLES))
        .isEqualTo("Developer, back-end");
    assertThat(PrimaryRole.of(List.of("Developer, front-end", "Designer"), "", ROLES))
        .isEqualTo("Developer, front-end");
    assertThat(PrimaryRole.of(List.of("Designer", "Educator"), "", ROLES)).isEqualTo("Designer");
    assertThat(PrimaryRole.of(List.of(), "", ROLES)).isEmpty();
  }

  @Test
  void theWebSideOf2017WinsOverTheDeveloperTypeList() {
    SurveySchema.Roles roles2017 = StackOverflowSchemas.year2017().roles();

    assertThat(
            PrimaryRole.of(
                List.of("Mobile developer", "Web developer"), "Back-end Web developer", roles2017))
        .isEqualTo("Back-end Web developer");
  }

  @Test
  void primaryEmploymentPrefersFullTimeThenContractingThenPartTime() {
    assertThat(
            PrimaryEmployment.of(
                List.of(
                    "Independent contractor, freelancer, or self-employed", "Employed, full-time")))
        .isEqualTo("Employed, full-time");
    assertThat(PrimaryEmployment.of(List.of("Employed, part-time", "Student, part-time")))
        .isEqualTo("Employed, part-time");
    assertThat(PrimaryEmployment.of(List.of("Student, full-time", "Retired")))
        .isEqualTo("Student, full-time");
    assertThat(PrimaryEmployment.of(List.of())).isEmpty();
  }

  @Test
  void annualisesWeeklyByFiftyAndMonthlyByTwelveWorkingPeriods() {
    assertThat(CompensationAnswer.read("1000", "Weekly", "GBP").orElseThrow().annual())
        .hasValue(50_000);
    assertThat(CompensationAnswer.read("4500", "Monthly", "EUR").orElseThrow().annual())
        .hasValue(54_000);
    assertThat(CompensationAnswer.read("70000", "Yearly", "EUR").orElseThrow().annual())
        .hasValue(70_000);
    assertThat(CompensationAnswer.read("70000", "", "EUR European Euro").orElseThrow().annual())
        .hasValue(70_000);
    assertThat(CompensationAnswer.read("70000", "Fortnightly", "EUR").orElseThrow().annual())
        .isEmpty();
    assertThat(CompensationAnswer.read("NA", "Yearly", "EUR")).isEmpty();
    assertThat(CompensationAnswer.read("0", "Yearly", "EUR")).isEmpty();
    assertThat(CompensationAnswer.read("ten", "Yearly", "EUR")).isEmpty();
  }

  @Test
  void readsTheCurrencyCodeInEveryYearsForm() {
    assertThat(CompensationAnswer.currencyCode("EUR")).contains("EUR");
    assertThat(CompensationAnswer.currencyCode("EUR\tEuropean Euro")).contains("EUR");
    assertThat(CompensationAnswer.currencyCode("EUR European Euro")).contains("EUR");
    assertThat(CompensationAnswer.currencyCode("none Cook Islands dollar"))
        .isEqualTo(Optional.empty());
    assertThat(CompensationAnswer.currencyCode("Euros (€)")).isEmpty();
    assertThat(CompensationAnswer.plain(54_000)).isEqualTo("54000");
    assertThat(CompensationAnswer.plain(1234.5)).isEqualTo("1234.5");
  }
}
