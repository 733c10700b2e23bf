package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.Seniority;
import org.junit.jupiter.api.Test;

/** The one declaration of the record filter's criteria, from which the CLI and API derive. */
class FilterCriterionTest {
  @Test
  void declaresTheSevenCriteriaInTheOrderOutputListsThem() {
    assertThat(Arrays.stream(FilterCriterion.values()).map(FilterCriterion::id))
        .containsExactly(
            "dataset", "edition", "country", "metro", "seniority", "industry", "skill");
    assertThat(FilterCriterion.inEdition())
        .containsExactly(
            FilterCriterion.COUNTRY,
            FilterCriterion.METRO,
            FilterCriterion.SENIORITY,
            FilterCriterion.INDUSTRY,
            FilterCriterion.SKILL);
    for (FilterCriterion criterion : FilterCriterion.inEdition()) {
      // The disclosure control's dimension has the criterion's own name, so a query's criteria
      // and the dimensions the control checks are the same things.
      assertThat(criterion.dimension().orElseThrow().name()).isEqualTo(criterion.id());
    }
  }

  @Test
  void setsAndReadsEveryCriterionOfARecordFilterInCanonicalForm() {
    RecordFilter filter = RecordFilter.NONE;
    List<String> given =
        List.of("so-survey-2024", "2024", "de", "Berlin", "Senior", "fintech", "java");
    FilterCriterion[] criteria = FilterCriterion.values();
    for (int i = 0; i < criteria.length; i++) {
      filter = filter.with(criteria[i], criteria[i].canonical(given.get(i)));
    }

    assertThat(filter)
        .isEqualTo(
            RecordFilter.NONE
                .withDataset("so-survey-2024")
                .withEdition("2024")
                .withCountry("DE")
                .withMetro("Berlin")
                .withSeniority(Seniority.SENIOR)
                .withIndustry("fintech")
                .withSkill("java"));
    assertThat(filter.value(FilterCriterion.SENIORITY)).hasValue("senior");
    assertThat(filter.value(FilterCriterion.COUNTRY)).hasValue("DE");
    assertThat(filter.describe())
        .isEqualTo(
            "dataset=so-survey-2024, edition=2024, country=DE, metro=Berlin, seniority=senior,"
                + " industry=fintech, skill=java");
    assertThat(RecordFilter.NONE.value(FilterCriterion.SKILL)).isEmpty();
  }

  @Test
  void onlySeniorityHasFixedValuesAndAnUnknownOneIsBadInput() {
    assertThat(FilterCriterion.SENIORITY.allowed())
        .containsExactly("junior", "middle", "senior", "lead", "unknown");
    assertThat(FilterCriterion.SENIORITY.summary())
        .isEqualTo("Only this seniority: junior, middle, senior, lead, unknown.");
    assertThat(FilterCriterion.COUNTRY.allowed()).isEmpty();
    assertThat(FilterCriterion.COUNTRY.summary()).isEqualTo("Only this country (ISO alpha-2).");
    assertThatThrownBy(() -> FilterCriterion.SENIORITY.canonical("guru"))
        .isInstanceOf(DevpayException.class)
        .hasMessage("unknown seniority 'guru'; accepted: junior, middle, senior, lead, unknown")
        .extracting(e -> ((DevpayException) e).category())
        .isEqualTo(ErrorCategory.USER_INPUT);
  }

  @Test
  void aMalformedCountryIsRefusedByTheFilterItself() {
    assertThatThrownBy(
            () ->
                RecordFilter.NONE.with(
                    FilterCriterion.COUNTRY, FilterCriterion.COUNTRY.canonical("Germany")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha-2");
  }
}
