package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.PayLocator;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.RoleFamily;
import org.devpay.ingest.StorePayData;
import org.devpay.report.StandingDocument;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/standing over real HTTP on loopback, serving the DOU and EU surveys: the body is the
 * locator's document computed straight from the store, a monthly pay reads as twelve times it, a
 * basis filter leaves out the other basis's editions with the reason, the published figures are
 * bands, and every bad request is a 4xx problem+json, never a 500.
 */
class StandingApiTest {
  private static final String BERLIN =
      "/api/standing?pay=65000&currency=EUR&role=backend&years=6&metro=Berlin";

  @TempDir static Path directory;

  private static Path store;
  private static DevpayServer server;
  private static HttpProbe http;

  @BeforeAll
  static void serveTheRealSubset() throws Exception {
    store = directory.resolve("standing.duckdb");
    server = RealStores.serveSubset(store);
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theBodyIsTheLocatorsDocumentComputedStraightFromTheStore() throws Exception {
    JsonNode served = http.json(BERLIN);

    ObjectNode expected;
    try (DevpayStore opened = DevpayStore.openReadOnly(store)) {
      Profile profile = Profile.of(RoleFamily.BACKEND).withYears(6).withMetro("Berlin");
      PayLocator locator =
          new PayLocator(new Estimator(new StorePayData(opened), EstimatorSettings.defaults()));
      StatedPay pay =
          new StatedPay(
              65_000,
              "EUR",
              PayPeriod.YEAR,
              locator.defaultPayYear("EUR"),
              Optional.empty(),
              Optional.empty());
      expected = StandingDocument.render(locator.locate(profile, EditionScope.ALL, pay));
    }
    ((ObjectNode) served).remove("data_version");
    assertThat(served).isEqualTo(HttpProbe.parse(expected.toString()));
  }

  @Test
  void berlinIsPlacedByTheEuSurveysInBandsThatEachHoldKRows() throws Exception {
    JsonNode served = http.json(BERLIN);

    List<String> answered = new ArrayList<>();
    for (JsonNode standing : served.get("standings")) {
      answered.add(standing.get("dataset").asText() + " " + standing.get("edition").asText());
      JsonNode percentile = standing.get("percentile");
      int step = percentile.get("step_points").asInt();
      // Every band holds k = 10 calibration rows or more.
      assertThat(percentile.get("rows").asInt() * step).isGreaterThanOrEqualTo(100 * 10);
      assertThat(percentile.get("high").asDouble() - percentile.get("low").asDouble())
          .isCloseTo(step / 100.0, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(percentile.get("interval_low").asDouble())
          .isLessThanOrEqualTo(percentile.get("low").asDouble());
      assertThat(percentile.get("interval_high").asDouble())
          .isGreaterThanOrEqualTo(percentile.get("high").asDouble());
      assertThat(standing.get("distribution").get("quantiles")).hasSize(100 / step - 1);
      // Berlin's cells (115 and 127 rows) are under 200: their own share is withheld.
      assertThat(standing.get("cell_percentile").isNull()).isTrue();
      assertThat(standing.get("cell_withheld").asText()).contains("at least 200 rows");
      assertThat(standing.at("/amount/currency").asText()).isEqualTo("EUR");
      assertThat(standing.at("/amount/price_adjustment/index_currency").asText()).isEqualTo("EUR");
      assertThat(standing.at("/amount/description").asText())
          .contains("65,000 EUR a year in 2024 money", "EUR consumer prices 2024 to");
      assertThat(standing.get("sentence").asText())
          .contains("back-end developers with 6 years in Berlin")
          .endsWith("(gross base pay)");
    }
    assertThat(answered).contains("it-salary-survey-eu 2019", "it-salary-survey-eu 2020");
    assertThat(served.get("skipped").findValuesAsText("dataset")).contains("dou-ua");
    assertThat(served.at("/disclosure/controlled").asBoolean()).isTrue();
  }

  @Test
  void aMonthlyPayIsTwelveTimesItAYear() throws Exception {
    JsonNode yearly = http.json(BERLIN.replace("pay=65000", "pay=60000"));
    JsonNode monthly = http.json(BERLIN.replace("pay=65000", "pay=5000") + "&period=month");

    assertThat(monthly.at("/pay/annual").asDouble()).isEqualTo(60_000);
    assertThat(monthly.get("standings")).hasSameSizeAs(yearly.get("standings"));
    for (int i = 0; i < yearly.get("standings").size(); i++) {
      assertThat(monthly.at("/standings/" + i + "/percentile"))
          .isEqualTo(yearly.at("/standings/" + i + "/percentile"));
    }
  }

  @Test
  void netAndGrossAreNeverCompared() throws Exception {
    ApiTest.assertProblem(
        http.get(BERLIN + "&basis=net"),
        404,
        "its pay is gross, the pay given is net: net and gross pay are never compared");
    JsonNode gross = http.json(BERLIN + "&basis=gross&scope=base");
    assertThat(gross.get("standings").findValuesAsText("basis")).containsOnly("gross");
  }

  @Test
  void aCellUnderKIsA404ProblemThatSaysWhy() throws Exception {
    ApiTest.assertProblem(
        http.get("/api/standing?pay=50000&currency=EUR&role=security&country=DE"),
        404,
        "fewer than k = 10 respondents in the comparable cell");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "currency=EUR&role=backend                      | parameter 'pay' is required",
        "pay=65000&role=backend                         | parameter 'currency' is required",
        "pay=65000&currency=EUR                         | parameter 'role' is required",
        "pay=abc&currency=EUR&role=backend              | pay must be a positive number",
        "pay=-5&currency=EUR&role=backend               | pay must be a positive number",
        "pay=0&currency=EUR&role=backend                | pay must be a positive number",
        "pay=NaN&currency=EUR&role=backend              | pay must be a positive number",
        "pay=1e400&currency=EUR&role=backend            | pay must be a positive number",
        "pay=65000&currency=XYZ&role=backend            | unknown currency 'XYZ'",
        "pay=65000&currency=EUR&role=backend&period=week | period must be one of year, month",
        "pay=65000&currency=EUR&role=backend&pay_year=1800 | pay_year must be a year",
        "pay=65000&currency=EUR&role=backend&basis=after-tax | basis must be one of gross, net",
        "pay=65000&currency=EUR&role=backend&scope=bonus | scope must be one of base, total",
        "pay=65000&currency=EUR&role=backend&metro=Atlantis | unknown metro 'Atlantis'",
        "pay=65000&currency=EUR&role=backend&pay=1      | 'pay' is given 2 times",
      })
  void badParametersAre400ProblemsThatSayWhatIsAccepted(String query, String detail)
      throws Exception {
    ApiTest.assertProblem(http.get("/api/standing?" + query), 400, detail);
  }

  @Test
  void oddInputIsNeverAServerError() throws Exception {
    List<String> odd =
        List.of(
            "pay=1&currency=EUR&role=backend&metro=Berlin",
            "pay=999999999999&currency=EUR&role=backend&metro=Berlin",
            "pay=65000&currency=usd&role=backend&country=UA&period=MONTH",
            "pay=65000&currency=JPY&role=backend&pay_year=2011",
            "pay=65000&currency=EUR&role=backend&dataset=dou-ua&edition=2019",
            "pay=0.5&currency=EUR&role=qa&country=UA&dataset=it-salary-survey-eu");
    for (String query : odd) {
      HttpResponse<String> response = http.get("/api/standing?" + query);
      assertThat(response.statusCode()).as(query).isBetween(200, 499);
      if (response.statusCode() != 200) {
        ApiTest.assertProblem(response, response.statusCode(), "");
      }
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheStandingParameters() throws Exception {
    JsonNode openApi = http.json("/api/openapi.json");
    List<String> parameters = new ArrayList<>();
    openApi
        .at("/paths/~1api~1standing/get/parameters")
        .forEach(p -> parameters.add(p.get("name").asText()));

    assertThat(parameters)
        .containsExactly(
            "pay",
            "currency",
            "period",
            "pay_year",
            "basis",
            "scope",
            "role",
            "years",
            "seniority",
            "country",
            "metro",
            "industry",
            "skills",
            "dataset",
            "edition");
    assertThat(
            openApi
                .at("/paths/~1api~1standing/get/responses/404/content")
                .has(Problems.CONTENT_TYPE))
        .isTrue();
    assertThat(
            openApi
                .at(
                    "/paths/~1api~1standing/get/responses/200/content/application~1json"
                        + "/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/Standing");
    assertThat(openApi.at("/components/schemas/Standing/description").asText())
        .contains("standings[]");
  }
}
