package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devpay.core.estimate.Accuracy;
import org.devpay.core.estimate.EditionEvaluation;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.ModelSummary;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The estimator's acceptance criterion, measured on the real datasets: for every dataset edition
 * with at least 2,000 rows, the calibrated 80% band holds between 75% and 85% of the held-out test
 * rows, and P50's median absolute percentage error beats the naive country x role median. The
 * figures are computed here from the data; nothing is hard-coded.
 */
class EstimatorAccuracyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LARGE = 2_000;

  private static Path store;
  private static List<EditionEvaluation> evaluations;

  @BeforeAll
  static void evaluateOnTheRealData() throws Exception {
    store = RealStore.file();
    try (DevpayStore opened = DevpayStore.openReadOnly(store)) {
      evaluations =
          new Estimator(new StorePayData(opened), EstimatorSettings.defaults())
              .evaluate(EditionScope.ALL);
    }
  }

  @Test
  void everyLargeEditionIsMeasuredTheFiveLargeOnesOfTheBrief() {
    List<String> large =
        evaluations.stream()
            .filter(e -> e.rows() >= LARGE)
            .map(e -> e.edition().toString())
            .toList();

    assertThat(large)
        .contains(
            "dou-ua 2025-06",
            "glassdoor-india 2022",
            "levels-fyi 2017-2021",
            "so-survey-2016 2016",
            "so-survey-2017 2017");
  }

  /** The full and basic models of every edition with at least 2,000 rows, by a label. */
  private static Map<String, Accuracy> largeEditionModels() {
    Map<String, Accuracy> out = new LinkedHashMap<>();
    for (EditionEvaluation evaluation : evaluations) {
      if (evaluation.rows() >= LARGE) {
        for (ModelSummary model :
            List.of(evaluation.full().orElseThrow(), evaluation.basic().orElseThrow())) {
          out.put(evaluation.edition() + ", " + model.features().describe(), model.accuracy());
        }
      }
    }
    return out;
  }

  @Test
  void theBandHoldsBetween75And85PercentOfHeldOutRowsInEveryLargeEdition() {
    Map<String, Accuracy> models = largeEditionModels();

    assertThat(models).hasSizeGreaterThanOrEqualTo(9);
    models.forEach(
        (model, accuracy) -> {
          assertThat(accuracy.coverage()).as("coverage in %s", model).isBetween(0.75, 0.85);
          assertThat(accuracy.belowLower()).as("below P10 in %s", model).isBetween(0.05, 0.15);
          assertThat(accuracy.aboveUpper()).as("above P90 in %s", model).isBetween(0.05, 0.15);
        });
  }

  @Test
  void pFiftyBeatsTheNaiveCellMedianInEveryLargeEdition() {
    largeEditionModels()
        .forEach(
            (model, accuracy) ->
                assertThat(accuracy.medianAbsolutePercentageError())
                    .as("MdAPE in %s", model)
                    .isLessThan(accuracy.baselineMedianAbsolutePercentageError()));
  }

  @Test
  void theEvaluateCommandPrintsTheSameFiguresAsTheEstimator() throws Exception {
    CommandRunner json =
        CommandRunner.run("estimate", "--evaluate", "--db", store.toString(), "--format", "json");
    CommandRunner table = CommandRunner.run("estimate", "--evaluate", "--db", store.toString());

    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode document = JSON.readTree(json.out());
    assertThat(document.get("editions")).hasSize(evaluations.size());
    for (int i = 0; i < evaluations.size(); i++) {
      EditionEvaluation evaluation = evaluations.get(i);
      JsonNode edition = document.get("editions").get(i);
      assertThat(edition.get("dataset").asText()).isEqualTo(evaluation.edition().datasetId());
      assertThat(edition.at("/full/accuracy/coverage").asDouble())
          .isEqualTo(evaluation.full().orElseThrow().accuracy().coverage());
      assertThat(edition.at("/full/accuracy/baseline_mdape").asDouble())
          .isEqualTo(
              evaluation.full().orElseThrow().accuracy().baselineMedianAbsolutePercentageError());
    }
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("levels-fyi 2017-2021", "coverage", "MdAPE", "baseline");
  }

  @Test
  void anEstimateForTheBriefsProfileNamesItsCellAndAdjustments() throws Exception {
    CommandRunner result =
        CommandRunner.run(
            "estimate",
            "--db",
            store.toString(),
            "--role",
            "backend",
            "--years",
            "6",
            "--metro",
            "Berlin",
            "--skills",
            "java,aws",
            "--compare-roles",
            "--format",
            "json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode estimates = JSON.readTree(result.out()).get("estimates");
    JsonNode first = estimates.get(0);
    assertThat(first.at("/cell/filter/metro").asText()).isEqualTo("Berlin");
    assertThat(first.at("/cell/n").asInt()).isGreaterThanOrEqualTo(10);
    assertThat(first.at("/local/p10").asDouble())
        .isLessThan(first.at("/local/p50").asDouble())
        .isPositive();
    assertThat(first.at("/local/p90").asDouble()).isGreaterThan(first.at("/local/p50").asDouble());
    assertThat(first.get("adjustments")).isNotEmpty();
    assertThat(first.get("other_roles")).isNotEmpty();
    // "Would full-stack pay more?": levels.fyi models full-stack in Berlin (EU 2020 has 7).
    JsonNode levels = null;
    for (JsonNode estimate : estimates) {
      if (estimate.get("dataset").asText().equals("levels-fyi")) {
        levels = estimate;
      }
    }
    assertThat(levels).isNotNull();
    assertThat(levels.get("other_roles").findValuesAsText("role")).contains("fullstack");
  }

  @Test
  void aCellUnderKExitsWithThreeAndSaysWhy() throws Exception {
    CommandRunner result =
        CommandRunner.run(
            "estimate",
            "--db",
            store.toString(),
            "--role",
            "security",
            "--country",
            "DE",
            "--dataset",
            "it-salary-survey-eu");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("fewer than k = 10 respondents in the comparable cell");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void badInputExitsWithTwoAndSaysWhatIsAccepted() throws Exception {
    String db = store.toString();
    CommandRunner role = CommandRunner.run("estimate", "--db", db, "--role", "wizard");
    CommandRunner years =
        CommandRunner.run("estimate", "--db", db, "--role", "backend", "--years", "99");
    CommandRunner skill =
        CommandRunner.run("estimate", "--db", db, "--role", "backend", "--skills", "cobolx");
    CommandRunner missing = CommandRunner.run("estimate", "--db", db);

    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err()).contains("unknown role 'wizard'", "backend, frontend, fullstack");
    assertThat(years.exitCode()).isEqualTo(2);
    assertThat(years.err()).contains("between 0 and 60");
    assertThat(skill.exitCode()).isEqualTo(2);
    assertThat(skill.err()).contains("unknown skill 'cobolx'");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--role is required");
  }
}
