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
 * {@code devpay claims --data ../shared/data}, the acceptance check: all eight claims get a
 * verdict, each claim a dataset can decide is decided by one (not "no data"), and each verdict
 * carries its effect, interval, n, the datasets used and a sentence. A user's claims file uses the
 * same schema; one no dataset can test says "no data" and names what would decide it.
 */
class ClaimsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> VERDICTS =
      Set.of("supported", "contradicted", "inconclusive", "no data");

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
    assertThat(demand.get("effects").get(1).get("decides").asBoolean()).isFalse();
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
    assertThat(lines.get(0)).startsWith("claim,verdict,effect,estimate");
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
