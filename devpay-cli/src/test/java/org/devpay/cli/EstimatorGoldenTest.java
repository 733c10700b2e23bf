package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.devpay.core.data.EditionKey;
import org.devpay.core.estimate.Accuracy;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.FeatureSet;
import org.devpay.core.estimate.ModelFits;
import org.devpay.core.estimate.PayEstimate;
import org.devpay.core.estimate.Profile;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.stats.Coefficient;
import org.devpay.core.stats.LinearFit;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The estimator against an independent implementation: {@code golden/estimator_check.py} rebuilds
 * the population, split, terms, WLS fits (statsmodels), conformal scores, test coverage, MdAPE and
 * baseline of the full model of DOU 2025-06, IT Salary Survey EU 2020 and Glassdoor India 2022
 * (frequency weights) from the store's CSV export, following the documented rules. Every expected
 * number below is read from {@code golden/estimator_check.json}, which that script wrote.
 *
 * <p>With {@code -Ddevpay.golden.export=DIR} the test also writes the export the script reads.
 */
class EstimatorGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DevpayStore store;
  private static Estimator estimator;
  private static Map<String, JsonNode> golden;

  @BeforeAll
  static void openTheRealStore() throws IOException {
    Path file = RealStore.file();
    String export = System.getProperty("devpay.golden.export");
    if (export != null && !export.isBlank()) {
      try (DevpayStore writable = DevpayStore.open(file)) {
        writable.exportCsv(Path.of(export));
      }
    }
    store = DevpayStore.openReadOnly(file);
    estimator = new Estimator(new StorePayData(store), EstimatorSettings.defaults());
    golden = new HashMap<>();
    try (InputStream in =
        EstimatorGoldenTest.class.getResourceAsStream("/golden/estimator_check.json")) {
      for (JsonNode edition : JSON.readTree(in).get("editions")) {
        golden.put(
            edition.get("dataset").asText() + " " + edition.get("edition").asText(), edition);
      }
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static JsonNode golden(String dataset, String edition) {
    return golden.get(dataset + " " + edition);
  }

  private static FeatureSet features(JsonNode expected) {
    JsonNode f = expected.get("features");
    return new FeatureSet(
        FeatureSet.Place.valueOf(f.get("place").asText().toUpperCase(java.util.Locale.ROOT)),
        f.get("experience").asBoolean(),
        f.get("seniority").asBoolean(),
        f.get("industry").asBoolean(),
        f.get("skills").asBoolean());
  }

  @ParameterizedTest
  @CsvSource({"dou-ua, 2025-06", "it-salary-survey-eu, 2020", "glassdoor-india, 2022"})
  void theFullModelIsTheOneTheEvaluationMeasures(String dataset, String edition) {
    JsonNode expected = golden(dataset, edition);
    FeatureSet full =
        estimator
            .evaluate(EditionScope.of(new EditionKey(dataset, edition)))
            .get(0)
            .full()
            .orElseThrow()
            .features();

    // The script derives the feature set from the same "stated by half the rows" rules.
    assertThat(full).isEqualTo(features(expected));
  }

  @ParameterizedTest
  @CsvSource({"dou-ua, 2025-06", "it-salary-survey-eu, 2020", "glassdoor-india, 2022"})
  void everyCoefficientMatchesStatsmodels(String dataset, String edition) {
    JsonNode expected = golden(dataset, edition);
    ModelFits fits = estimator.fits(new EditionKey(dataset, edition), features(expected));

    assertThat(fits.summary().trainingRows()).isEqualTo(expected.get("training_rows").asInt());
    assertThat(fits.summary().calibrationRows())
        .isEqualTo(expected.get("calibration_rows").asInt());
    assertThat(fits.mean().droppedColumns()).isEmpty();
    // statsmodels WLS (pinv) vs devpay's refined normal equations: agree to rounding.
    assertCoefficients(fits.mean(), expected.get("coefficients"), 1e-7);
    assertCoefficients(fits.spread(), expected.get("spread_coefficients"), 1e-6);
    assertThat(fits.mean().rSquared())
        .isCloseTo(expected.get("r_squared").asDouble(), within(1e-9));
  }

  @ParameterizedTest
  @CsvSource({"dou-ua, 2025-06", "it-salary-survey-eu, 2020", "glassdoor-india, 2022"})
  void calibrationAndHeldOutAccuracyMatchTheScript(String dataset, String edition) {
    JsonNode expected = golden(dataset, edition);
    ModelFits fits = estimator.fits(new EditionKey(dataset, edition), features(expected));
    Accuracy accuracy = fits.summary().accuracy();

    JsonNode scores = expected.get("scores");
    assertThat(fits.summary().lowerScore()).isCloseTo(scores.get("lower").asDouble(), within(1e-7));
    assertThat(fits.summary().medianScore())
        .isCloseTo(scores.get("median").asDouble(), within(1e-7));
    assertThat(fits.summary().upperScore()).isCloseTo(scores.get("upper").asDouble(), within(1e-7));
    assertThat(accuracy.testRows()).isEqualTo(expected.get("test_rows").asInt());
    // Shares of whole rows: identical unless a row sits on a band's end (none does).
    assertThat(accuracy.coverage()).isCloseTo(expected.get("coverage").asDouble(), within(1e-12));
    assertThat(accuracy.belowLower())
        .isCloseTo(expected.get("below_p10").asDouble(), within(1e-12));
    assertThat(accuracy.aboveUpper())
        .isCloseTo(expected.get("above_p90").asDouble(), within(1e-12));
    assertThat(accuracy.medianAbsolutePercentageError())
        .isCloseTo(expected.get("mdape").asDouble(), within(1e-7));
    assertThat(accuracy.baselineMedianAbsolutePercentageError())
        .isCloseTo(expected.get("baseline_mdape").asDouble(), within(1e-12));
    if (expected.has("weighted")) {
      JsonNode w = expected.get("weighted");
      Accuracy.Weighted weighted = accuracy.weighted().orElseThrow();
      assertThat(weighted.effectiveRows())
          .isCloseTo(w.get("effective_rows").asDouble(), within(1e-9));
      assertThat(weighted.coverage()).isCloseTo(w.get("coverage").asDouble(), within(1e-12));
      assertThat(weighted.medianAbsolutePercentageError())
          .isCloseTo(w.get("mdape").asDouble(), within(1e-7));
      assertThat(weighted.baselineMedianAbsolutePercentageError())
          .isCloseTo(w.get("baseline_mdape").asDouble(), within(1e-12));
    } else {
      assertThat(accuracy.weighted()).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void aProfilesBandMatchesTheScriptsPrediction() {
    JsonNode expected = golden("it-salary-survey-eu", "2020").get("profile");
    Profile profile =
        Profile.of(RoleFamily.BACKEND)
            .withYears(expected.get("years").asDouble())
            .withSeniority(Seniority.parse(expected.get("seniority").asText()).orElseThrow())
            .withMetro(expected.get("metro").asText())
            .withSkills(List.of("aws", "java"));

    PayEstimate estimate =
        estimator
            .estimate(
                profile, EditionScope.of(new EditionKey("it-salary-survey-eu", "2020")), false)
            .estimates()
            .get(0);

    double p50 = expected.get("p50").asDouble();
    assertThat(estimate.local().p10())
        .isCloseTo(expected.get("p10").asDouble(), within(1e-6 * p50));
    assertThat(estimate.local().p50()).isCloseTo(p50, within(1e-6 * p50));
    assertThat(estimate.local().p90())
        .isCloseTo(expected.get("p90").asDouble(), within(1e-6 * p50));
  }

  private static void assertCoefficients(LinearFit fit, JsonNode expected, double tolerance) {
    Map<String, Double> actual = new HashMap<>();
    for (Coefficient c : fit.coefficients()) {
      actual.put(c.name(), c.estimate());
    }
    assertThat(actual.keySet()).hasSize(expected.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      assertThat(actual).as("coefficient %s", entry.getKey()).containsKey(entry.getKey());
      assertThat(actual.get(entry.getKey()))
          .as("coefficient %s", entry.getKey())
          .isCloseTo(entry.getValue().asDouble(), within(tolerance));
    }
  }
}
