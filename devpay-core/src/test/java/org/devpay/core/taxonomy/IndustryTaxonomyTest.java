package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.testing.RealColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndustryTaxonomyTest {
  private final IndustryTaxonomy industries = IndustryTaxonomy.fromResources();

  @Test
  void splitsDouMultiSelectAnswers() {
    assertThat(
            industries.classifyAll(
                DatasetIds.DOU_UA,
                List.of("Adtech / Advertising / Marketing, Blockchain, Gambling")))
        .containsExactly("adtech_marketing", "blockchain_crypto", "gambling");
    assertThat(
            industries.classifyAll(
                DatasetIds.DOU_UA,
                List.of("Різнопланові проєкти, немає одного основного (HR etc)")))
        .containsExactly("other");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dou-ua|Fintech / Banking / Capital Management|fintech",
        "dou-ua|E-commerce|ecommerce_retail",
        "dou-ua|SaaS|cloud_saas",
        "dou-ua|Cloud Computing|cloud_saas",
        "dou-ua|GameDev|gamedev",
        "dou-ua|Gambling|gambling",
        "dou-ua|Medtech / Healthcare|healthcare",
        "dou-ua|AI / ML|ai_ml",
        "dou-ua|Edtech / Education|edtech",
        "dou-ua|Miltech|defense_aerospace",
        "it-salary-survey-eu|Сommerce|ecommerce_retail",
        "it-salary-survey-eu|Finance / Insurance|banking",
        "it-salary-survey-eu|FinTech|fintech",
        "it-salary-survey-eu|Transport|logistics",
        "it-salary-survey-eu|Cloud|cloud_saas",
        "so-survey-2016|Finance / Banking|banking",
        "so-survey-2016|Software Products|software_products",
        "so-survey-2016|Web Services|internet_web",
        "so-survey-2016|Telecommunications|telecom",
        "so-survey-2016|Gaming|gamedev",
      })
  void mapsPublishedIndustryLabels(String dataset, String label, String id) {
    assertThat(industries.classify(dataset, label)).contains(id);
  }

  /** Each DOU sphere chosen by at least 20 respondents, and every EU 2019 / SO 2016 sector. */
  @Test
  void classifiesTheRealIndustryLabels() {
    Map<String, Long> dou =
        RealColumns.counts(
            "dou-ua-salaries/2025_june_raw.csv",
            RealColumns.WINDOWS_1251,
            "У якій сфері проєкт, в якому ви зараз працюєте?",
            cell -> List.of(cell.split(", ")));
    Map<String, Long> unmatched = unmatched(DatasetIds.DOU_UA, dou, 20);
    assertThat(unmatched).as("DOU spheres without a rule").isEmpty();
    Map<String, Long> eu =
        RealColumns.counts(
            "it-salary-survey-eu/IT Salary Survey EU 2019.csv", "Company business sector");
    long euRows = RealColumns.rows(eu, v -> true);
    long euUnmatched =
        RealColumns.rows(unmatched(DatasetIds.IT_SALARY_SURVEY_EU, eu, 1), v -> true);
    System.out.printf("[industries] EU 2019: %d of %d rows unmatched%n", euUnmatched, euRows);
    assertThat((double) euUnmatched / euRows).isLessThan(0.02);
    Map<String, Long> so16 =
        RealColumns.counts("so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz", "industry");
    assertThat(unmatched(DatasetIds.STACK_OVERFLOW_2016, so16, 1)).isEmpty();
  }

  private Map<String, Long> unmatched(String dataset, Map<String, Long> counts, long minimum) {
    Map<String, Long> unmatched = new TreeMap<>();
    counts.forEach(
        (label, n) -> {
          if (n >= minimum
              && !label.equals("NA")
              && industries.classify(dataset, label).isEmpty()) {
            unmatched.put(label, n);
          }
        });
    System.out.printf(
        "[industries] %s: unmatched labels (>= %d rows): %s%n", dataset, minimum, unmatched);
    return unmatched;
  }
}
