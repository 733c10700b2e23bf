package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpay claims --data ../shared/data}, the issue's acceptance check: all eight claims get a
 * verdict, each claim a dataset can decide is decided by one (not "no data"), and each verdict
 * carries its effect, interval, n, the datasets used and a sentence. A user's claims file uses the
 * same schema; one no dataset can test says "no data" and names what would decide it.
 */
class ClaimsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> VERDICTS =
      Set.of("supported", "contradicted", "depends on the dataset", "inconclusive", "no data");

  @TempDir static Path directory;

  private static Path store;
  private static JsonNode claims;

  @BeforeAll
  static void claimsOnTheRealData() throws IOException {
    store = IngestedRealData.copyTo(directory.resolve("claims.duckdb"));
    CommandRunner run =
        CommandRunner.run(
            "claims",
            "--data",
            RealData.dir().toString(),
            "--db",
            store.toString(),
            "--resamples",
            "200",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    claims = JSON.readTree(run.out());
  }

  @Test
  void everyOneOfTheArticlesEightClaimsGetsAVerdictFromTheData() {
    List<String> ids = new ArrayList<>();
    for (JsonNode claim : claims.get("claims")) {
      ids.add(claim.get("id").asText());
      String verdict = claim.get("verdict").asText();
      assertThat(VERDICTS).as(claim.get("id").asText()).contains(verdict);
      // Every claim of the article can be tested on the data at hand.
      assertThat(verdict).as("%s verdict", ids.get(ids.size() - 1)).isNotEqualTo("no data");
      JsonNode effect = claim.get("effect");
      assertThat(effect.get("estimate").isNumber()).isTrue();
      assertThat(effect.get("estimate_ci_lower").asDouble())
          .isLessThanOrEqualTo(effect.get("estimate").asDouble());
      assertThat(effect.get("estimate_ci_upper").asDouble())
          .isGreaterThanOrEqualTo(effect.get("estimate").asDouble());
      assertThat(effect.get("n").asLong()).isGreaterThanOrEqualTo(20);
      assertThat(effect.get("p_value_bh").asDouble())
          .isGreaterThanOrEqualTo(effect.get("p_value").asDouble());
      assertThat(claim.get("datasets")).isNotEmpty();
      assertThat(claim.get("sentence").asText())
          .startsWith(Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1));
    }
    assertThat(ids)
        .containsExactly(
            "backend-over-frontend",
            "fullstack-about-same-or-slightly-less",
            "senior-backend-over-junior",
            "fintech-and-cloud-pay-backend-more",
            "python-java-aws-raise-pay",
            "tech-hubs-pay-more",
            "backend-demand-and-pay-rising",
            "backend-over-other-developers");
  }

  @Test
  void demandClaimSaysJobPostingsAreNotInTheData() {
    JsonNode demand = claims.get("claims").get(6);
    assertThat(demand.get("sentence").asText()).contains("job-posting demand is not in these data");
    List<String> measures = new ArrayList<>();
    for (JsonNode effect : demand.get("effects")) {
      measures.add(effect.get("measure").asText());
      // Pay and demand halves decide, and each must hold whichever way sources are pooled.
      assertThat(effect.get("decides").asBoolean()).isTrue();
      assertThat(effect.at("/rule/robust_to_pooling").asBoolean()).isTrue();
    }
    assertThat(measures)
        .containsExactly("real_pay_growth", "nominal_pay_growth", "role_share_change");
  }

  /**
   * The issue's "done when": per claim and per effect the per-edition estimates, the DL and HKSJ
   * intervals and the prediction interval (where two or more editions are pooled), the rule applied
   * and the verdict; no effect "supported" on an interval that starts below its line.
   */
  @Test
  void everyEffectCarriesItsEditionsIntervalsRuleAndVerdict() {
    for (JsonNode claim : claims.get("claims")) {
      for (JsonNode effect : claim.get("effects")) {
        String name = claim.get("id").asText() + " / " + effect.get("name").asText();
        assertThat(VERDICTS).as(name).contains(effect.get("verdict").asText());
        assertThat(effect.get("decision_rule").asText()).as(name).isNotBlank();
        assertThat(effect.at("/rule/kind").asText()).as(name).isNotBlank();
        assertThat(effect.get("decided_on").asText()).as(name).isNotBlank();
        assertThat(List.of("strong", "moderate", "weak", "too few"))
            .as(name)
            .contains(effect.get("confidence").asText());
        JsonNode editions = effect.get("per_edition");
        assertThat(editions.size()).as(name).isEqualTo(effect.get("edition_count").asInt());
        assertThat(editions.size()).as(name).isEqualTo(effect.get("editions").size());
        long rows = 0;
        for (JsonNode edition : editions) {
          assertThat(edition.get("estimate_ci_lower").asDouble())
              .isLessThanOrEqualTo(edition.get("estimate").asDouble());
          assertThat(edition.get("standard_error").asDouble()).isPositive();
          rows += edition.get("n").asLong();
        }
        assertThat(rows).as(name).isEqualTo(effect.get("n").asLong());
        if (editions.size() >= 2) {
          for (String interval :
              List.of("dersimonian_laird", "hartung_knapp", "prediction_interval")) {
            assertThat(effect.get(interval).get("estimate_ci_lower").isNumber())
                .as(name + " " + interval)
                .isTrue();
          }
          assertThat(effect.get("prediction_interval").get("estimate_ci_lower").asDouble())
              .isLessThanOrEqualTo(effect.get("hartung_knapp").get("estimate_ci_lower").asDouble());
        }
        if (effect.at("/rule/kind").asText().equals("greater")
            && effect.get("verdict").asText().equals("supported")) {
          assertThat(effect.get("estimate_ci_lower").asDouble())
              .as(name + ": supported only when the interval clears the line")
              .isGreaterThan(effect.at("/rule/threshold").asDouble());
        }
      }
    }
    // Claims 3 and 5 were "supported" on intervals starting below their thresholds.
    assertThat(claims.get("claims").get(2).get("verdict").asText()).isNotEqualTo("supported");
    assertThat(claims.get("claims").get(4).get("verdict").asText()).isNotEqualTo("supported");
  }

  @Test
  void claimFoursCloudEffectCountsTheOneEditionItRestsOn() {
    JsonNode cloud = claims.get("claims").get(3).get("effects").get(1);
    assertThat(cloud.get("name").asText()).startsWith("cloud/SaaS");
    assertThat(cloud.get("edition_count").asInt()).isEqualTo(1);
    assertThat(cloud.get("per_edition")).hasSize(1);
    assertThat(cloud.get("decided_on").asText()).startsWith("one edition");
  }

  /**
   * Glassdoor's rows are company cells: its per-edition errors are clustered by company; and its
   * full-time amounts under INR 120,000 a year are screened out, as many as the raw file holds
   * (counted here with FastCSV, independently of the adapter and normalizer).
   */
  @Test
  void glassdoorIsClusteredByCompanyAndItsImplausibleAmountsAreScreened() throws IOException {
    JsonNode perEdition = claims.get("claims").get(0).get("effects").get(0).get("per_edition");
    boolean found = false;
    for (JsonNode edition : perEdition) {
      if (edition.get("edition").asText().startsWith("glassdoor-india")) {
        assertThat(edition.get("covariance").asText()).startsWith("CR1 clustered by company");
        found = true;
      } else {
        assertThat(edition.get("covariance").asText()).isEqualTo("HC1");
      }
    }
    assertThat(found).isTrue();
    long expected = 0;
    try (var csv =
        de.siegmar.fastcsv.reader.CsvReader.builder()
            .ofNamedCsvRecord(
                RealData.file("glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv"))) {
      for (var row : csv) {
        if (row.getField("Employment Status").equals("Full Time")
            && Double.parseDouble(row.getField("Salary")) < 120_000) {
          expected++;
        }
      }
    }
    JsonNode screened = claims.get("implausible_amounts_screened");
    assertThat(screened).hasSize(1);
    assertThat(screened.get(0).get("edition").asText()).isEqualTo("glassdoor-india 2022");
    assertThat(screened.get(0).get("rows").asLong()).isEqualTo(expected);
    assertThat(expected).isGreaterThan(526); // the 526 at exactly INR 100,000 and the rest
  }

  /**
   * Every pooled effect against R's metafor: the per-edition log estimates and standard errors of
   * the JSON, pooled again by {@code golden/claims_metafor.R} (beside the other golden scripts),
   * must give the JSON's DerSimonian-Laird, HKSJ and prediction intervals to 1e-8.
   */
  @Test
  void everyPooledEffectEqualsMetaforOnItsOwnEditions() throws Exception {
    Path input = directory.resolve("effects.csv");
    Path output = directory.resolve("metafor.csv");
    java.util.Map<String, JsonNode> pooled = new java.util.TreeMap<>();
    StringBuilder csv = new StringBuilder("effect,yi,sei\n");
    int c = 0;
    for (JsonNode claim : claims.get("claims")) {
      int e = 0;
      for (JsonNode effect : claim.get("effects")) {
        String id = "c" + c + "e" + e++;
        if (effect.get("per_edition").size() >= 2) {
          pooled.put(id, effect.get("pooled"));
          for (JsonNode edition : effect.get("per_edition")) {
            csv.append(id)
                .append(',')
                .append(edition.get("log_estimate").asText())
                .append(',')
                .append(edition.get("standard_error").asText())
                .append('\n');
          }
        }
      }
      c++;
    }
    assertThat(pooled).hasSizeGreaterThanOrEqualTo(5);
    Files.writeString(input, csv.toString(), StandardCharsets.UTF_8);
    List<java.util.Map<String, String>> rows = Rscript.run("claims_metafor.R", input, output);
    assertThat(rows).hasSize(pooled.size());
    for (java.util.Map<String, String> row : rows) {
      JsonNode ours = pooled.get(row.get("effect"));
      close(ours.get("log_premium"), row.get("estimate"));
      close(ours.get("tau_squared"), row.get("tau2"));
      close(ours.get("log_ci_lower"), row.get("wald_lower"));
      close(ours.get("log_ci_upper"), row.get("wald_upper"));
      close(ours.get("hksj_log_ci_lower"), row.get("hk_lower"));
      close(ours.get("hksj_log_ci_upper"), row.get("hk_upper"));
      close(ours.get("prediction_log_lower"), row.get("pi_lower"));
      close(ours.get("prediction_log_upper"), row.get("pi_upper"));
    }
  }

  private static void close(JsonNode ours, String metafor) {
    double expected = Double.parseDouble(metafor);
    assertThat(ours.asDouble())
        .isCloseTo(
            expected,
            org.assertj.core.api.Assertions.within(1e-8 * Math.max(1, Math.abs(expected))));
  }

  @Test
  void aUsersClaimNoDatasetCanTestSaysNoDataAndWhatWouldDecideIt() throws IOException {
    Path file = directory.resolve("berlin.json");
    Files.writeString(
        file,
        """
        {"schema": "devpay-claims/1", "claims": [{
          "id": "go-over-java-in-berlin",
          "text": "Go developers earn more than Java developers in Berlin.",
          "effects": [{
            "measure": "adjusted_log_premium",
            "focal": {"skill": "go"},
            "baseline": {"skill": "java"},
            "population": {"metro": "Berlin", "role": "embedded"},
            "decision": {"rule": "greater", "threshold": 0}
          }],
          "would_decide": "A Berlin survey listing each developer's main language and pay."
        }]}
        """,
        StandardCharsets.UTF_8);
    CommandRunner run =
        CommandRunner.run(
            "claims", "--claims", file.toString(), "--db", store.toString(), "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("claim,claim verdict,effect,figure,what,estimate");
    assertThat(lines.get(1)).startsWith("go-over-java-in-berlin,no data,");
  }

  @Test
  void aUsersClaimTheDataCanTestGetsAVerdictWithItsFigures() throws IOException {
    Path file = directory.resolve("go-java.json");
    Files.writeString(
        file,
        """
        {"schema": "devpay-claims/1", "claims": [{
          "id": "go-over-java",
          "text": "Go developers earn more than Java developers.",
          "effects": [{
            "measure": "adjusted_log_premium",
            "focal": {"skill": "go"},
            "baseline": {"skill": "java"},
            "decision": {"rule": "greater", "threshold": 0}
          }]
        }]}
        """,
        StandardCharsets.UTF_8);
    CommandRunner run =
        CommandRunner.run(
            "claims", "--claims", file.toString(), "--db", store.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode claim = JSON.readTree(run.out()).get("claims").get(0);
    assertThat(claim.get("verdict").asText()).isNotEqualTo("no data");
    assertThat(claim.at("/effect/n").asLong()).isGreaterThan(0);
    assertThat(claim.at("/effect/pooled/studies").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aMalformedClaimsFileIsRefusedAsBadInputNamingTheClaimAndField() throws IOException {
    Path file = directory.resolve("bad.json");
    Files.writeString(
        file,
        """
        {"schema": "devpay-claims/1", "claims": [{"id": "x", "text": "t",
          "effects": [{"measure": "adjusted_log_premium", "focal": {"role": "wizard"},
            "decision": {"rule": "greater"}}]}]}
        """,
        StandardCharsets.UTF_8);
    CommandRunner run =
        CommandRunner.run("claims", "--claims", file.toString(), "--db", store.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("claim 1 (x)").contains("unknown role \"wizard\"");
  }
}
