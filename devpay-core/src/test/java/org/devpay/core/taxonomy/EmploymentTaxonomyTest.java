package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.devpay.core.model.Employment;
import org.devpay.testing.RealColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentTaxonomyTest {
  private final EmploymentTaxonomy employment = EmploymentTaxonomy.fromResources();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "so-survey-2016|Employed full-time|FULL_TIME",
        "so-survey-2016|Freelance / Contractor|CONTRACTOR",
        "so-survey-2016|Self-employed|SELF_EMPLOYED",
        "so-survey-2016|Employed part-time|PART_TIME",
        "so-survey-2016|Unemployed|NOT_EMPLOYED",
        "so-survey-2016|I'm a student|OTHER",
        "so-survey-2016|Prefer not to disclose|UNKNOWN",
        "so-survey-2016|Retired|NOT_EMPLOYED",
        "so-survey-2016|Other (please specify)|OTHER",
        "so-survey-2017|Employed full-time|FULL_TIME",
        "so-survey-2017|Independent contractor, freelancer, or self-employed|CONTRACTOR",
        "so-survey-2017|Not employed, but looking for work|NOT_EMPLOYED",
        "so-survey-2017|Not employed, and not looking for work|NOT_EMPLOYED",
        "so-survey-2017|I prefer not to say|UNKNOWN",
        "it-salary-survey-eu|Full-time employee|FULL_TIME",
        "it-salary-survey-eu|Self-employed (freelancer)|SELF_EMPLOYED",
        "it-salary-survey-eu|Part-time employee|PART_TIME",
        "it-salary-survey-eu|Werkstudent|PART_TIME",
        "it-salary-survey-eu|Intern|INTERN",
        "it-salary-survey-eu|Founder|SELF_EMPLOYED",
        "dou-ua|Працюю в IT-компанії / ІТ-департаменті|FULL_TIME",
        "dou-ua|Я контрактор(-ка) в IT (прямий контракт з іноземним замовником)|CONTRACTOR",
        "dou-ua|Я фрилансер(-ка) в ІТ|SELF_EMPLOYED",
        "dou-ua|Втратив(-ла) роботу / звільнився(-лася) і шукаю нову|NOT_EMPLOYED",
        "dou-ua|Зараз на бенчі / в неоплачуваній відпустці|OTHER",
        "dou-ua|Тимчасово не працюю і не шукаю роботу (sabbatical, декрет, волонтерство etc)"
            + "|NOT_EMPLOYED",
        // Wordings of other waves (issue 8): never full time.
        "dou-ua|Втратив(-ла) роботу і шукаю нову|NOT_EMPLOYED",
        "dou-ua|нині на військовій службі|OTHER",
        "dou-ua|в неоплачуваній відпустці / бенчі|OTHER",
        "dou-ua|Працюю в ІТ-компанії / ІТ-департаменті|FULL_TIME",
        "dou-ua|У декреті|NOT_EMPLOYED",
        "dou-ua|Так, на неповний робочий день|PART_TIME",
        "dou-ua|Так, повний робочий день|FULL_TIME",
        "glassdoor-india|Full Time|FULL_TIME",
        "glassdoor-india|Intern|INTERN",
        "glassdoor-india|Contractor|CONTRACTOR",
        "glassdoor-india|Trainee|INTERN",
      })
  void mapsPublishedEmploymentLabels(String dataset, String label, Employment expected) {
    assertThat(employment.classify(dataset, label)).isEqualTo(expected);
  }

  /** A label no rule knows is UNKNOWN (not stated), never taken as full time. */
  @Test
  void aLabelNoRuleKnowsIsOtherNeverFullTimeAndABlankOneUnknown() {
    // A stated status no rule knows is "other": the default population removes it, so it is never
    // counted as full time; only a blank answer is "unknown" (not asked or not answered).
    assertThat(employment.classify(DatasetIds.DOU_UA, "Щось зовсім інше"))
        .isEqualTo(Employment.OTHER);
    assertThat(employment.classify(DatasetIds.DOU_UA, "")).isEqualTo(Employment.UNKNOWN);
  }

  /** Every employment label of every file maps to a status; only refusals stay UNKNOWN. */
  @Test
  void everyRealEmploymentLabelIsClassified() {
    assertAllClassified(
        DatasetIds.DOU_UA,
        RealColumns.counts(
            "dou-ua-salaries/2025_june_raw.csv",
            RealColumns.WINDOWS_1251,
            "Ваша основна зайнятість в ІТ зараз..."));
    assertAllClassified(
        DatasetIds.STACK_OVERFLOW_2016,
        RealColumns.counts(
            "so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz", "employment_status"));
    assertAllClassified(
        DatasetIds.STACK_OVERFLOW_2017,
        RealColumns.counts("so-survey-2017-partial/survey_results_public.csv", "EmploymentStatus"));
    assertAllClassified(
        DatasetIds.IT_SALARY_SURVEY_EU,
        RealColumns.counts(
            "it-salary-survey-eu/IT Salary Survey EU  2020.csv", "Employment status"));
    assertAllClassified(
        DatasetIds.GLASSDOOR_INDIA,
        RealColumns.counts(
            "glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv",
            "Employment Status"));
  }

  private void assertAllClassified(String dataset, Map<String, Long> counts) {
    counts.forEach(
        (label, n) -> {
          Employment value = employment.classify(dataset, label);
          System.out.printf("[employment] %s: %s (%d) -> %s%n", dataset, label, n, value);
          if (!label.matches("(?i).*(prefer not|rather not).*")) {
            assertThat(value).as(label).isNotEqualTo(Employment.UNKNOWN);
          }
        });
  }
}
