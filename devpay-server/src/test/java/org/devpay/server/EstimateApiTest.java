package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.Profile;
import org.devpay.core.model.RoleFamily;
import org.devpay.ingest.StorePayData;
import org.devpay.report.EstimateDocument;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/estimate over real HTTP on loopback, serving the DOU and EU surveys: the body is what
 * the estimator computes straight from the store (a second path to the same figures: the store read
 * by SQL, not the server's in-memory snapshot), it is cached and revalidated like every figure, and
 * every bad request is a 4xx problem+json, never a 500.
 */
class EstimateApiTest {
  private static final String BERLIN =
      "/api/estimate?role=backend&years=6&metro=Berlin&skills=java";

  @TempDir static Path directory;

  private static Path store;
  private static DevpayServer server;
  private static HttpProbe http;

  @BeforeAll
  static void serveTheRealSubset() throws Exception {
    store = directory.resolve("estimate.duckdb");
    server = RealStores.serveSubset(store);
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theBodyIsTheEstimatorsDocumentComputedStraightFromTheStore() throws Exception {
    JsonNode served = http.json(BERLIN);

    ObjectNode expected;
    try (DevpayStore opened = DevpayStore.openReadOnly(store)) {
      Profile profile =
          Profile.of(RoleFamily.BACKEND)
              .withYears(6)
              .withMetro("Berlin")
              .withSkills(List.of("java"));
      expected =
          EstimateDocument.render(
              new Estimator(new StorePayData(opened), EstimatorSettings.defaults())
                  .estimate(profile, EditionScope.ALL, false));
    }
    ((ObjectNode) served).remove("data_version");
    assertThat(served).isEqualTo(HttpProbe.parse(expected.toString()));
  }

  @Test
  void berlinIsAnsweredByTheEuSurveysAndTheDouSurveySaysWhyNot() throws Exception {
    JsonNode served = http.json(BERLIN + "&compare_roles=true");

    List<String> answered = new ArrayList<>();
    for (JsonNode estimate : served.get("estimates")) {
      answered.add(estimate.get("dataset").asText() + " " + estimate.get("edition").asText());
      assertThat(estimate.at("/cell/filter/metro").asText()).isEqualTo("Berlin");
      assertThat(estimate.at("/cell/n").asInt()).isGreaterThanOrEqualTo(10);
      assertThat(estimate.at("/local/currency").asText()).isEqualTo("EUR");
      assertThat(estimate.at("/usd/p50").asDouble())
          .isEqualTo(
              estimate.at("/local/p50").asDouble() * estimate.get("usd_per_unit").asDouble());
      assertThat(estimate.at("/model/accuracy/test_rows").asInt()).isPositive();
      assertThat(estimate.get("other_roles")).isNotEmpty();
    }
    assertThat(answered).contains("it-salary-survey-eu 2019", "it-salary-survey-eu 2020");
    assertThat(served.get("skipped").findValuesAsText("dataset")).contains("dou-ua");
  }

  @Test
  void theSameQuestionAskedAnotherWayHasTheSameEtagAndRevalidatesToNotModified() throws Exception {
    HttpResponse<String> first = http.get(BERLIN);
    HttpResponse<String> reordered =
        http.get("/api/estimate?skills=java&metro=berlin&years=6.0&role=BACKEND");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    assertThat(reordered.statusCode()).isEqualTo(200);
    assertThat(reordered.headers().firstValue("ETag")).contains(etag);
    assertThat(http.get(BERLIN, "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void aCellUnderKIsA404ProblemThatSaysWhy() throws Exception {
    ApiTest.assertProblem(
        http.get("/api/estimate?role=security&country=DE"),
        404,
        "fewer than k = 10 respondents in the comparable cell");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "                                         | parameter 'role' is required",
        "role=wizard                              | unknown role 'wizard'",
        "role=backend&years=abc                   | years must be a number from 0 to 60",
        "role=backend&years=-1                    | years must be a number from 0 to 60",
        "role=backend&years=61                    | years must be a number from 0 to 60",
        "role=backend&years=NaN                   | years must be a number from 0 to 60",
        "role=backend&seniority=unknown           | unknown seniority 'unknown'",
        "role=backend&country=XX                  | unknown country 'XX'",
        "role=backend&metro=Atlantis              | unknown metro 'Atlantis'",
        "role=backend&skills=java,,aws            | skills has an empty item",
        "role=backend&skills=cobolx               | unknown skill 'cobolx'",
        "role=backend&industry=alchemy            | unknown industry 'alchemy'",
        "role=backend&compare_roles=maybe         | compare_roles must be true or false",
        "role=backend&dataset=nope                | unknown dataset 'nope'",
        "role=backend&role=frontend               | 'role' is given 2 times",
        "role=backend&skill=java                  | unknown query parameter 'skill'",
        "role=backend&metro=Berlin&country=UA     | metro Berlin is in DE, not UA",
      })
  void badParametersAre400ProblemsThatSayWhatIsAccepted(String query, String detail)
      throws Exception {
    ApiTest.assertProblem(http.get("/api/estimate?" + (query == null ? "" : query)), 400, detail);
  }

  @Test
  void oddInputIsNeverAServerError() throws Exception {
    List<String> odd =
        List.of(
            "role=%00",
            "role=backend&years=1e309",
            "role=backend&years=0x10",
            "role=backend&years=%20",
            "role=backend&metro="
                + URLEncoder.encode("Berlin'; DROP TABLE", StandardCharsets.UTF_8),
            "role=backend&skills=" + "java,".repeat(60) + "java",
            "role=backend&metro=" + "x".repeat(201),
            "role=backend&dataset=dou-ua&edition=2019",
            "role=qa&country=UA&dataset=it-salary-survey-eu",
            "role=backend&years=60&seniority=lead&country=UA&industry=fintech&skills=java");
    for (String query : odd) {
      HttpResponse<String> response = http.get("/api/estimate?" + query);
      assertThat(response.statusCode()).as(query).isBetween(200, 499);
      if (response.statusCode() != 200) {
        ApiTest.assertProblem(response, response.statusCode(), "");
      }
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheEstimateParameters() throws Exception {
    JsonNode openApi = http.json("/api/openapi.json");
    List<String> parameters = new ArrayList<>();
    openApi
        .at("/paths/~1api~1estimate/get/parameters")
        .forEach(p -> parameters.add(p.get("name").asText()));

    assertThat(parameters)
        .containsExactly(
            "role",
            "years",
            "seniority",
            "country",
            "metro",
            "industry",
            "skills",
            "dataset",
            "edition",
            "compare_roles");
    assertThat(
            openApi
                .at("/paths/~1api~1estimate/get/responses/404/content")
                .has(Problems.CONTENT_TYPE))
        .isTrue();
  }
}
