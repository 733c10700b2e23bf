package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/compare, /api/factors/{factor} and /api/claims over the DOU and EU surveys: figures equal
 * the statsmodels golden values where they can, suppressed cells say so, parameters are validated
 * as declared, and responses are cached by data version with an ETag.
 */
class AnalysisApiTest {
  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;

  @BeforeAll
  static void serve() throws IOException {
    server = RealStores.serveSubset(directory.resolve("analysis.duckdb"));
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theUnadjustedDouPremiumEqualsStatsmodelsOnTheRawFile() throws Exception {
    JsonNode golden =
        HttpProbe.parse(
            Files.readString(
                Path.of("..", "devpay-cli", "src", "test", "resources", "golden")
                    .resolve("adjusted_premiums.json"),
                StandardCharsets.UTF_8));
    JsonNode expected = golden.get("editions").get(0);
    assertThat(expected.get("dataset").asText()).isEqualTo("dou-ua");

    JsonNode edition =
        http.json("/api/compare?role=backend&vs=frontend&dataset=dou-ua")
            .at("/comparisons/0/editions/0");

    // adjusted_premiums.py (statsmodels 0.13.5): the unadjusted model has no controls.
    assertThat(edition.at("/unadjusted/log_premium").asDouble())
        .isCloseTo(expected.at("/unadjusted/log_premium").asDouble(), within(1e-9));
    assertThat(edition.at("/unadjusted/standard_error").asDouble())
        .isCloseTo(expected.at("/unadjusted/standard_error").asDouble(), within(1e-9));
    assertThat(edition.get("focal_n").asInt()).isEqualTo(expected.get("focal_n").asInt());
    assertThat(edition.get("baseline_n").asInt()).isEqualTo(expected.get("baseline_n").asInt());
    assertThat(edition.get("decomposition").isNull()).isTrue();
  }

  @Test
  void aSuppressedEditionSaysSoAndCarriesNoFigure() throws Exception {
    JsonNode comparison =
        http.json("/api/compare?role=backend&vs=fullstack&dataset=it-salary-survey-eu")
            .at("/comparisons/0");
    JsonNode eu2020 = null;
    for (JsonNode edition : comparison.get("editions")) {
      if (edition.get("edition").asText().equals("2020")) {
        eu2020 = edition;
      }
    }
    assertThat(eu2020).isNotNull();
    // 7 full-stack rows in EU 2020 (as_published_quartiles.json): withheld, and so are the counts.
    assertThat(eu2020.get("baseline_n").isNull()).isTrue();
    assertThat(eu2020.get("focal_n").isNull()).isTrue();
    assertThat(eu2020.get("suppressed").asBoolean()).isTrue();
    assertThat(eu2020.get("adjusted").isNull()).isTrue();
    assertThat(comparison.at("/pooled/adjusted/editions").toString()).doesNotContain("2020");
  }

  @Test
  void parametersAreValidatedAsDeclared() throws Exception {
    for (String bad :
        new String[] {
          "/api/compare",
          "/api/compare?role=wizard",
          "/api/compare?role=backend&vs=frontend,wizard",
          "/api/compare?role=backend&by=skills",
          "/api/compare?role=backend&decomposition=maybe",
          "/api/factors/industry?top=0",
          "/api/claims?country=XX"
        }) {
      HttpResponse<String> response = http.get(bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(bad)
          .startsWith("application/problem+json");
    }
    assertThat(http.get("/api/factors/astrology").statusCode()).isEqualTo(404);
  }

  @Test
  void factorsReportCellsAndPremiumsAndDemandSaysWhatItIsNot() throws Exception {
    JsonNode industry = http.json("/api/factors/industry?roles=backend&top=5");
    assertThat(industry.get("factor").asText()).isEqualTo("industry");
    assertThat(industry.get("levels")).hasSizeLessThanOrEqualTo(5).isNotEmpty();
    for (JsonNode cell : industry.get("cells")) {
      if (cell.get("n").asInt() < 10) {
        assertThat(cell.get("suppressed").asBoolean()).isTrue();
        assertThat(cell.get("median").isNull()).isTrue();
      }
    }
    JsonNode demand = http.json("/api/factors/demand");
    assertThat(demand.get("demand_note").asText()).contains("job-posting demand");
  }

  @Test
  void claimsAreCachedByDataVersionWithAnETag() throws Exception {
    HttpResponse<String> first = http.get("/api/claims");
    assertThat(first.statusCode()).isEqualTo(200);
    JsonNode claims = HttpProbe.parse(first.body());
    assertThat(claims.get("claims")).hasSize(8);
    for (JsonNode claim : claims.get("claims")) {
      assertThat(claim.get("verdict").asText())
          .isIn("supported", "contradicted", "depends on the dataset", "inconclusive", "no data");
    }
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = http.get("/api/claims", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
  }
}
