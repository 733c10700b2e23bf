package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.PayLocator;
import org.devpay.core.estimate.PayStanding;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.StandingResult;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.prices.ConsumerPrices;
import org.devpay.core.privacy.LocatedShare;
import org.devpay.core.privacy.LocatorDisclosure;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpay standing} against an independent implementation: {@code golden/standing_check.py}
 * rebuilds, from the store's CSV export with pandas, statsmodels and scipy, for the issue's
 * question (65,000 EUR a year in 2024 money; back-end, 6 years, Berlin) and every edition: which
 * editions answer, the amount each reads (prices and rate), each model's conformal scores and the
 * profile's x'b and sigma(x), the exact predictive share and the cell's empirical share (what the
 * locator computes before its disclosure control), and the published bands, intervals, bandwidths
 * and band-edge quantiles. Every expected number below is read from {@code
 * golden/standing_check.json}, which that script wrote.
 */
class StandingGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;

  private static Path storeFile;
  private static Map<String, JsonNode> golden;
  private static StandingResult published;
  private static StandingResult exact;

  @BeforeAll
  static void locateTheIssuesPay() throws IOException {
    storeFile = IngestedRealData.copyTo(directory.resolve("real.duckdb"));
    golden = new TreeMap<>();
    try (InputStream in =
        StandingGoldenTest.class.getResourceAsStream("/golden/standing_check.json")) {
      for (JsonNode edition : JSON.readTree(in).get("editions")) {
        golden.put(key(edition.get("dataset").asText(), edition.get("edition").asText()), edition);
      }
    }
    Profile profile = Profile.of(RoleFamily.BACKEND).withYears(6).withMetro("Berlin");
    StatedPay pay =
        new StatedPay(65_000, "EUR", PayPeriod.YEAR, 2024, Optional.empty(), Optional.empty());
    try (DevpayStore store = DevpayStore.openReadOnly(storeFile)) {
      Estimator estimator = new Estimator(new StorePayData(store), EstimatorSettings.defaults());
      published = new PayLocator(estimator).locate(profile, EditionScope.ALL, pay);
      exact =
          new PayLocator(
                  estimator,
                  LocatorDisclosure.uncontrolledForAttackTests(PrivacyFloor.DEFAULT),
                  ExchangeRates.fromResources(),
                  ConsumerPrices.fromResources())
              .locate(profile, EditionScope.ALL, pay);
    }
  }

  @AfterAll
  static void forget() {
    published = null;
    exact = null;
  }

  private static String key(String dataset, String edition) {
    return dataset + " " + edition;
  }

  private static JsonNode golden(PayStanding standing) {
    return golden.get(key(standing.edition().datasetId(), standing.edition().edition()));
  }

  @Test
  void theEditionsThatAnswerAreTheOnesTheScriptFinds() {
    TreeSet<String> answering = new TreeSet<>();
    golden.forEach(
        (edition, node) -> {
          if (node.get("answers").asBoolean()) {
            answering.add(edition);
          }
        });
    TreeSet<String> answered = new TreeSet<>();
    published
        .standings()
        .forEach(s -> answered.add(key(s.edition().datasetId(), s.edition().edition())));

    // 7 editions: levels.fyi, EU 2019 and 2020 (Berlin), Stack Overflow 2014-2017 (Germany).
    assertThat(answered).isEqualTo(answering).hasSize(7);
    for (EstimateResult.Skipped skipped : published.skipped()) {
      JsonNode expected =
          golden.get(key(skipped.edition().datasetId(), skipped.edition().edition()));
      assertThat(expected.get("reason").asText()).isEqualTo("cell");
      assertThat(skipped.reason()).contains("fewer than k = 10 respondents in the comparable cell");
    }
  }

  @Test
  void theAmountEachEditionReadsMatchesTheScript() {
    for (PayStanding s : published.standings()) {
      JsonNode amount = golden(s).get("amount");
      assertThat(s.pay().surveyYear()).isEqualTo(amount.get("survey_year").asInt());
      assertThat(s.pay().priceFromYear()).isEqualTo(amount.get("price_from_year").asInt());
      assertThat(s.pay().priceToYear()).isEqualTo(amount.get("price_to_year").asInt());
      assertThat(s.pay().priceFactor())
          .isCloseTo(amount.get("price_factor").asDouble(), within(1e-12));
      assertThat(s.pay().exchangeRate())
          .isCloseTo(amount.get("exchange_rate").asDouble(), within(1e-12));
      assertThat(s.pay().annual()).isCloseTo(amount.get("annual").asDouble(), within(1e-6));
      assertThat(s.pay().currency()).isEqualTo(golden(s).get("currency").asText());
      // The estimate's rate is the median of the cell rows' survey-year rates (type 7).
      assertThat(s.pay().usdPerUnit())
          .isCloseTo(golden(s).get("usd_per_unit").asDouble(), within(1e-12));
    }
  }

  @Test
  void theExactPredictiveShareIsTheConformalShareOfTheScriptsScores() {
    for (PayStanding s : exact.standings()) {
      JsonNode raw = golden(s).get("raw");
      LocatedShare share = s.percentile();
      assertThat(share.controlled()).isFalse();
      assertThat(share.rows()).isEqualTo(golden(s).get("calibration_rows").asInt());
      // (C< + (C= + 1)/2) / (m + 1) of whole counts: equal unless a score sits on the pay's.
      assertThat(share.low())
          .as("%s", s.edition())
          .isCloseTo(raw.get("share").asDouble(), within(1e-12));
      assertThat(share.intervalLow()).isCloseTo(raw.get("interval_low").asDouble(), within(1e-9));
      assertThat(share.intervalHigh()).isCloseTo(raw.get("interval_high").asDouble(), within(1e-9));
      // Type-7 quantiles of the scores, mapped through the profile's x'b and sigma(x): these
      // carry the scores, x'b and sigma(x), which agree with statsmodels to rounding.
      List<Double> expected = numbers(raw.get("quantiles"));
      assertThat(share.quantiles()).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(share.quantiles().get(i).logPay())
            .as("%s quantile %d", s.edition(), i)
            .isCloseTo(expected.get(i), within(1e-8));
      }
    }
  }

  @Test
  void theCellsEmpiricalShareMatchesTheScript() {
    for (PayStanding s : exact.standings()) {
      JsonNode raw = golden(s).get("cell_raw");
      LocatedShare cell = s.cellPercentile().orElseThrow();
      assertThat(s.cell().rows()).isEqualTo(golden(s).get("cell_n").asInt());
      assertThat(cell.low())
          .as("%s", s.edition())
          .isCloseTo(raw.get("share").asDouble(), within(1e-12));
      assertThat(cell.intervalLow()).isCloseTo(raw.get("interval_low").asDouble(), within(1e-9));
      assertThat(cell.intervalHigh()).isCloseTo(raw.get("interval_high").asDouble(), within(1e-9));
    }
  }

  @Test
  void thePublishedBandsIntervalsAndEdgesMatchTheScript() {
    for (PayStanding s : published.standings()) {
      JsonNode expected = golden(s).get("controlled");
      LocatedShare share = s.percentile();
      assertThat(share.controlled()).isTrue();
      assertThat(share.step()).as("%s", s.edition()).isEqualTo(expected.get("step").asInt());
      assertThat(share.bandwidth()).isCloseTo(expected.get("bandwidth").asDouble(), within(1e-12));
      // Bands and intervals are whole points: equal, not close.
      assertThat(share.low()).as("%s", s.edition()).isEqualTo(expected.get("low").asDouble());
      assertThat(share.high()).isEqualTo(expected.get("high").asDouble());
      assertThat(share.intervalLow()).isEqualTo(expected.get("interval_low").asDouble());
      assertThat(share.intervalHigh()).isEqualTo(expected.get("interval_high").asDouble());
      List<Double> edges = numbers(expected.get("quantiles"));
      assertThat(share.quantiles()).hasSize(edges.size());
      for (int i = 0; i < edges.size(); i++) {
        // Brent (1e-12 on the score) in both; the model's x'b and sigma(x) to rounding.
        assertThat(share.quantiles().get(i).logPay())
            .as("%s edge %d", s.edition(), i)
            .isCloseTo(edges.get(i), within(1e-7));
      }
      JsonNode cell = golden(s).get("cell_controlled");
      if (cell == null) {
        assertThat(s.cellPercentile()).as("%s", s.edition()).isEmpty();
        String why = golden(s).get("cell_withheld").asText();
        assertThat(s.cellWithheld().orElseThrow())
            .contains(why.equals("size") ? "at least 200 rows" : "could be differenced");
      } else {
        LocatedShare own = s.cellPercentile().orElseThrow();
        assertThat(own.step()).isEqualTo(cell.get("step").asInt());
        assertThat(own.low()).isEqualTo(cell.get("low").asDouble());
        assertThat(own.high()).isEqualTo(cell.get("high").asDouble());
        assertThat(own.intervalLow()).isEqualTo(cell.get("interval_low").asDouble());
        assertThat(own.intervalHigh()).isEqualTo(cell.get("interval_high").asDouble());
      }
    }
    // At least one edition publishes its cell's own share (Stack Overflow 2016, Germany, n = 289).
    assertThat(published.standings().stream().filter(s -> s.cellPercentile().isPresent()))
        .isNotEmpty();
  }

  @Test
  void theIssuesCommandGivesAPercentileWithAnIntervalForEveryEditionAsTheScriptDoes()
      throws IOException {
    CommandRunner run =
        CommandRunner.run(
            "standing",
            "--pay",
            "65000",
            "--currency",
            "EUR",
            "--role",
            "backend",
            "--years",
            "6",
            "--metro",
            "Berlin",
            "--db",
            storeFile.toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode document = JSON.readTree(run.out());
    assertThat(document.at("/pay/pay_year").asInt()).isEqualTo(2024);
    assertThat(document.at("/disclosure/controlled").asBoolean()).isTrue();
    List<String> editions = new ArrayList<>();
    for (JsonNode standing : document.get("standings")) {
      JsonNode expected =
          golden.get(key(standing.get("dataset").asText(), standing.get("edition").asText()));
      editions.add(standing.get("dataset").asText());
      JsonNode percentile = standing.get("percentile");
      JsonNode controlled = expected.get("controlled");
      assertThat(percentile.get("low").asDouble()).isEqualTo(controlled.get("low").asDouble());
      assertThat(percentile.get("high").asDouble()).isEqualTo(controlled.get("high").asDouble());
      assertThat(percentile.get("interval_low").asDouble())
          .isEqualTo(controlled.get("interval_low").asDouble());
      assertThat(percentile.get("interval_high").asDouble())
          .isEqualTo(controlled.get("interval_high").asDouble());
      assertThat(standing.at("/amount/annual").asDouble())
          .isCloseTo(expected.at("/amount/annual").asDouble(), within(1e-6));
      assertThat(standing.get("sentence").asText())
          .startsWith(
              "higher than "
                  + Math.round(100 * controlled.get("low").asDouble())
                  + "-"
                  + Math.round(100 * controlled.get("high").asDouble())
                  + "%")
          .contains("back-end developers with 6 years in")
          .endsWith(
              "("
                  + standing.get("basis").asText()
                  + " "
                  + standing.get("scope").asText()
                  + " pay)");
      // The distribution the dashboard draws: the published edges, in the edition's currency.
      List<Double> edges = numbers(controlled.get("quantiles"));
      JsonNode quantiles = standing.at("/distribution/quantiles");
      assertThat(quantiles).hasSize(edges.size());
      for (int i = 0; i < edges.size(); i++) {
        assertThat(Math.log(quantiles.get(i).get("amount").asDouble()))
            .isCloseTo(edges.get(i), within(1e-7));
      }
    }
    assertThat(editions).hasSize(7);
  }

  private static List<Double> numbers(JsonNode array) {
    List<Double> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asDouble()));
    return out;
  }
}
