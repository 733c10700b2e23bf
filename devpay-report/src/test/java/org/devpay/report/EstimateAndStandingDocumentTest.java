package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.PayEstimate;
import org.devpay.core.estimate.PayLocator;
import org.devpay.core.estimate.PayStanding;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.RoleAlternative;
import org.devpay.core.estimate.StandingResult;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimate's and the standing's documents and rows, rendered from the estimator and the pay
 * locator run on the four real IT Salary Survey EU editions for a back-end developer with 6 years
 * in Berlin (the README's profile): every band, cell and share is the result's, an edition that
 * cannot answer is listed with its reason, a profile no edition can answer is refused as missing
 * data, and an empty result renders no estimate.
 */
class EstimateAndStandingDocumentTest {
  private static final Profile BERLIN =
      Profile.of(RoleFamily.BACKEND).withYears(6).withMetro("Berlin");

  private static Estimator estimator;
  private static EstimateResult estimate;
  private static StandingResult standing;

  @BeforeAll
  static void estimate() {
    estimator = new Estimator(RealSurveys.euEditions(), EstimatorSettings.defaults());
    estimate = estimator.estimate(BERLIN, EditionScope.ALL, true);
    standing =
        new PayLocator(estimator)
            .locate(
                BERLIN,
                EditionScope.ALL,
                new StatedPay(
                    65_000, "EUR", PayPeriod.YEAR, 2024, Optional.empty(), Optional.empty()));
  }

  @Test
  void everyEstimateRendersItsBandsCellAndOtherRoles() {
    assertThat(estimate.estimates()).isNotEmpty();
    JsonNode estimates = EstimateDocument.render(estimate).get("estimates");
    assertThat(estimates).hasSize(estimate.estimates().size());
    for (int i = 0; i < estimates.size(); i++) {
      PayEstimate e = estimate.estimates().get(i);
      JsonNode node = estimates.get(i);
      assertThat(node.get("dataset").asText()).isEqualTo(e.edition().datasetId());
      assertThat(node.get("edition").asText()).isEqualTo(e.edition().edition());
      for (String side : List.of("local", "usd")) {
        var band = side.equals("local") ? e.local() : e.usd();
        assertThat(node.get(side).get("currency").asText()).isEqualTo(band.currency());
        assertThat(node.get(side).get("p10").asDouble()).isEqualTo(band.p10());
        assertThat(node.get(side).get("p50").asDouble()).isEqualTo(band.p50());
        assertThat(node.get(side).get("p90").asDouble()).isEqualTo(band.p90());
      }
      assertThat(node.get("cell").get("withheld").asBoolean()).isEqualTo(e.cell().withheld());
      if (e.cell().withheld()) {
        assertThat(node.get("cell").get("n").isNull()).isTrue();
      } else {
        assertThat(node.get("cell").get("n").asInt()).isEqualTo(e.cell().rows());
        assertThat(node.get("cell").get("median").asDouble())
            .isEqualTo(e.cell().median().getAsDouble());
      }
      assertThat(node.get("other_roles")).hasSize(e.otherRoles().size());
      for (int r = 0; r < e.otherRoles().size(); r++) {
        RoleAlternative other = e.otherRoles().get(r);
        assertThat(node.get("other_roles").get(r).get("role").asText())
            .isEqualTo(other.role().id());
        assertThat(node.get("other_roles").get(r).get("local").get("p50").asDouble())
            .isEqualTo(other.local().p50());
      }
      assertThat(node.get("model").get("training_rows").asInt())
          .isEqualTo(e.model().trainingRows());
    }
  }

  @Test
  void editionsThatCannotAnswerAreListedWithTheirReason() {
    JsonNode skipped = EstimateDocument.render(estimate).get("skipped");
    assertThat(skipped).hasSize(estimate.skipped().size());
    for (int i = 0; i < skipped.size(); i++) {
      assertThat(skipped.get(i).get("reason").asText())
          .isEqualTo(estimate.skipped().get(i).reason())
          .isNotEmpty();
    }
    assertThat(estimate.estimates().size() + estimate.skipped().size()).isEqualTo(4);
  }

  @Test
  void aProfileNoEditionCanAnswerIsRefusedAndAnEmptyResultRendersNoEstimate() {
    Profile rare = Profile.of(RoleFamily.SECURITY).withMetro("Berlin");
    assertThatThrownBy(() -> estimator.estimate(rare, EditionScope.ALL, false))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.MISSING_DATA))
        .hasMessageContaining("fewer than k = 10 respondents in the comparable cell");
    EstimateResult none =
        new EstimateResult(rare, estimate.settings(), List.of(), estimate.skipped());
    ObjectNode document = EstimateDocument.render(none);
    assertThat(document.get("estimates")).isEmpty();
    assertThat(document.get("skipped")).hasSize(estimate.skipped().size());
    assertThat(document.get("profile").get("role").asText()).isEqualTo("security");
  }

  @Test
  void standingRowsAndJsonCarryEachEditionsShareAndBand() {
    assertThat(standing.standings()).isNotEmpty();
    ReportRows rows = StandingDocument.rows(standing);
    JsonNode json = StandingDocument.render(standing).get("standings");
    assertThat(rows.rows()).hasSize(standing.standings().size());
    assertThat(json).hasSize(standing.standings().size());
    for (int i = 0; i < rows.rows().size(); i++) {
      PayStanding s = standing.standings().get(i);
      List<String> row = rows.rows().get(i);
      assertThat(row.get(0)).isEqualTo(s.edition().datasetId());
      assertThat(row.get(5)).isEqualTo(money(s.pay().annual()));
      assertThat(row.get(8)).isEqualTo(points(s.percentile().low()));
      assertThat(row.get(9)).isEqualTo(points(s.percentile().high()));
      assertThat(row.get(13)).isEqualTo(Integer.toString(s.cell().rows()));
      assertThat(row.subList(16, 19))
          .containsExactly(money(s.band().p10()), money(s.band().p50()), money(s.band().p90()));
      JsonNode node = json.get(i);
      assertThat(node.get("sentence").asText()).isEqualTo(s.sentence());
      assertThat(node.get("amount").get("annual").asDouble()).isEqualTo(s.pay().annual());
      assertThat(node.get("band").get("p50").asDouble()).isEqualTo(s.band().p50());
      if (s.cellPercentile().isEmpty()) {
        assertThat(row.subList(14, 16)).containsOnly("");
        assertThat(node.get("cell_percentile").isNull()).isTrue();
      }
    }
  }

  private static String money(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  private static String points(double share) {
    return Long.toString(Math.round(100 * share));
  }
}
