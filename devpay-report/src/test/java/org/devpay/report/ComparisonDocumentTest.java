package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.ComparisonReport;
import org.devpay.core.analysis.EditionComparison;
import org.devpay.core.analysis.ModelEstimate;
import org.devpay.core.analysis.Premium;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison's JSON and table/CSV rows, rendered from back-end vs front-end (and vs security, a
 * role too rare in the EU surveys to publish) computed on the four real IT Salary Survey EU
 * editions: every figure is the report's, a withheld premium states no figure and no count, and the
 * pooled row carries the pooled figures.
 */
class ComparisonDocumentTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(100));

  private static ComparisonReport frontend;
  private static ComparisonReport rare;

  @BeforeAll
  static void compare() {
    frontend =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.DEFAULTS)
            .withSettings(SETTINGS)
            .withDecomposition()
            .within(RealSurveys.euEditions());
    rare =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.SECURITY)
            .adjustingFor(Control.DEFAULTS)
            .withSettings(SETTINGS)
            .within(RealSurveys.euEditions());
  }

  @Test
  void rowsCarryEveryEditionsPremiumThenThePooledOne() {
    ReportRows rows = ComparisonDocument.rows(List.of(frontend));
    assertThat(rows.rows()).hasSize(frontend.editions().size() + 1);
    int adjusted = 0;
    for (int i = 0; i < frontend.editions().size(); i++) {
      EditionComparison e = frontend.editions().get(i);
      Premium p = e.premium();
      List<String> row = rows.rows().get(i);
      assertThat(row.get(1)).isEqualTo(e.edition().toString());
      if (p.suppressed()) {
        continue;
      }
      assertThat(row.get(3)).isEqualTo(Integer.toString(p.focalRows()));
      assertThat(row.get(4)).isEqualTo(Integer.toString(p.baselineRows()));
      assertThat(row.get(5)).isEqualTo(number(p.ratioOfMedians().orElseThrow().estimate(), 3));
      if (p.adjusted().isPresent()) {
        ModelEstimate m = p.adjusted().get();
        assertThat(row.subList(11, 14))
            .containsExactly(
                number(m.percent(), 1), number(m.percentLower(), 1), number(m.percentUpper(), 1));
        adjusted++;
      }
    }
    assertThat(adjusted).isGreaterThanOrEqualTo(3);
    List<String> pooled = rows.rows().get(frontend.editions().size());
    assertThat(pooled.get(1))
        .isEqualTo("pooled (" + frontend.pooledAdjusted().studies() + " editions)");
    assertThat(pooled.get(11))
        .isEqualTo(
            number(
                Premium.percent(frontend.pooledAdjusted().pooled().orElseThrow().estimate()), 1));
    assertThat(pooled.get(3)).isEqualTo(Long.toString(frontend.pooledAdjusted().rows()));
  }

  @Test
  void theJsonCarriesTheSameFigures() {
    ObjectNode document = ComparisonDocument.render(List.of(frontend), SETTINGS);
    JsonNode comparison = document.get("comparisons").get(0);
    assertThat(comparison.get("sentence").asText()).isEqualTo(frontend.sentence());
    assertThat(comparison.get("pooled").get("adjusted").get("log_premium").asDouble())
        .isEqualTo(frontend.pooledAdjusted().pooled().orElseThrow().estimate());
    for (int i = 0; i < frontend.editions().size(); i++) {
      Premium p = frontend.editions().get(i).premium();
      JsonNode edition = comparison.get("editions").get(i);
      assertThat(edition.get("suppressed").asBoolean()).isEqualTo(p.suppressed());
      if (p.adjusted().isPresent()) {
        assertThat(edition.get("adjusted").get("percent").asDouble())
            .isEqualTo(p.adjusted().get().percent());
        assertThat(edition.get("adjusted").get("standard_error").asDouble())
            .isEqualTo(p.adjusted().get().standardError());
      }
    }
  }

  @Test
  void aWithheldPremiumRendersAsWithheldWithNoFigureAndNoCount() {
    List<EditionComparison> withheld =
        rare.editions().stream().filter(e -> e.premium().suppressed()).toList();
    assertThat(withheld).as("security roles under k in some EU edition").isNotEmpty();
    ReportRows rows = ComparisonDocument.rows(List.of(rare));
    JsonNode editions =
        ComparisonDocument.render(List.of(rare), SETTINGS)
            .get("comparisons")
            .get(0)
            .get("editions");
    for (int i = 0; i < rare.editions().size(); i++) {
      if (!rare.editions().get(i).premium().suppressed()) {
        continue;
      }
      List<String> row = rows.rows().get(i);
      assertThat(row.subList(3, 5)).containsOnly("");
      assertThat(row.get(5)).isEqualTo("suppressed");
      assertThat(row.subList(6, 17)).containsOnly("");
      JsonNode edition = editions.get(i);
      assertThat(edition.get("focal_n").isNull()).as(edition.toString()).isTrue();
      assertThat(edition.get("baseline_n").isNull()).isTrue();
      assertThat(edition.path("adjusted").isMissingNode() || edition.get("adjusted").isNull())
          .isTrue();
    }
  }

  @Test
  void anEmptyListOfReportsIsAHeaderWithoutRows() {
    ReportRows rows = ComparisonDocument.rows(List.of());
    assertThat(rows.rows()).isEmpty();
    assertThat(rows.header()).contains("adjusted %", "median ratio");
    assertThat(ComparisonDocument.render(List.of(), SETTINGS).get("comparisons")).isEmpty();
  }

  private static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
