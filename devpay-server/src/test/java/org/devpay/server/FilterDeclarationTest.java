package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.core.analysis.FilterCriterion;
import org.junit.jupiter.api.Test;

/**
 * The API's filter parameters, the datasets endpoint's facets and the dashboard's filter selects
 * all follow the one declaration of the record filter, {@link FilterCriterion}.
 */
class FilterDeclarationTest {
  @Test
  void theFilterParametersAreTheDeclaredCriteriaWithTheirTexts() {
    List<FilterCriterion> criteria = Arrays.asList(FilterCriterion.values());
    assertThat(FilterParameters.all())
        .extracting(Parameter::name)
        .containsExactlyElementsOf(criteria.stream().map(FilterCriterion::id).toList());
    for (int i = 0; i < criteria.size(); i++) {
      Parameter parameter = FilterParameters.all().get(i);
      FilterCriterion criterion = criteria.get(i);
      assertThat(parameter.description()).isEqualTo(criterion.description());
      assertThat(parameter.allowed()).isEqualTo(criterion.allowed());
      assertThat(parameter.example()).isEqualTo(criterion.example());
      assertThat(parameter.required()).isFalse();
    }
    assertThat(FilterParameters.withinEdition())
        .extracting(Parameter::name)
        .containsExactlyElementsOf(Snapshot.FACETS);
    assertThat(Snapshot.FACETS)
        .containsExactlyElementsOf(
            FilterCriterion.inEdition().stream().map(FilterCriterion::id).toList());
  }

  @Test
  void theDashboardOffersASelectForEveryCriterionWithinAnEditionInDeclarationOrder()
      throws IOException {
    String page;
    try (InputStream in =
        FilterDeclarationTest.class.getResourceAsStream(
            "/org/devpay/server/dashboard/index.html")) {
      assertThat(in).as("the dashboard page on the class path").isNotNull();
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> selects = new ArrayList<>();
    Matcher matcher = Pattern.compile("<select[^>]*\\sdata-facet=\"([^\"]+)\"").matcher(page);
    while (matcher.find()) {
      selects.add(matcher.group(1));
    }

    assertThat(selects).containsExactlyElementsOf(Snapshot.FACETS);
  }
}
