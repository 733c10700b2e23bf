package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.claims.Claim;
import org.devpay.core.claims.ClaimEffect;
import org.devpay.core.claims.DecisionRule;
import org.devpay.core.claims.Measure;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.junit.jupiter.api.Test;

class ClaimsFileTest {
  @Test
  void theShippedFileHoldsTheArticlesEightClaimsInDesignOrder() {
    ClaimsFile.Contents article = ClaimsFile.article();

    assertThat(article.claims()).hasSize(8);
    assertThat(article.claims().get(0).text())
        .isEqualTo("Back-end developers earn more than front-end developers.");
    ClaimEffect fullStack = article.claims().get(1).effects().get(0);
    assertThat(fullStack.rule()).isEqualTo(DecisionRule.within(-15, 5));
    assertThat(fullStack.focal().roles()).containsExactly(RoleFamily.FULLSTACK);
    ClaimEffect seniority = article.claims().get(2).effects().get(0);
    assertThat(seniority.focal().seniorities())
        .containsExactlyInAnyOrder(Seniority.SENIOR, Seniority.LEAD_PRINCIPAL);
    assertThat(seniority.controls()).doesNotContain(Control.EXPERIENCE);
    Claim demand = article.claims().get(6);
    assertThat(demand.effects())
        .extracting(ClaimEffect::measure)
        .containsExactly(
            Measure.REAL_PAY_GROWTH, Measure.NOMINAL_PAY_GROWTH, Measure.ROLE_SHARE_CHANGE);
    // Pay, nominal and real, and demand all decide, whichever way the sources are pooled.
    assertThat(demand.effects())
        .allMatch(ClaimEffect::decides)
        .allMatch(ClaimEffect::robustToPooling);
    // Demand comes from the surveys with a stable role question, whatever years are ingested.
    ClaimEffect shares = demand.effects().get(2);
    assertThat(shares.datasets()).containsExactly("dou-ua", "so-survey");
    assertThat(shares.uses("so-survey-2014")).isTrue();
    assertThat(shares.uses("so-survey-2025")).isTrue();
    assertThat(shares.uses("dou-ua")).isTrue();
    assertThat(shares.uses("levels-fyi")).isFalse();
    // Claim 8 is measured against every other developer type.
    assertThat(article.claims().get(7).effects().get(0).baseline().orElseThrow().roles())
        .containsExactlyInAnyOrder(
            RoleFamily.FRONTEND,
            RoleFamily.FULLSTACK,
            RoleFamily.MOBILE,
            RoleFamily.EMBEDDED,
            RoleFamily.DEVOPS_SRE,
            RoleFamily.DATA_ENGINEERING,
            RoleFamily.DATA_SCIENCE_ML);
    for (Claim claim : article.claims()) {
      assertThat(claim.wouldDecide()).as(claim.id()).isNotBlank();
      assertThat(claim.decidedBy()).as(claim.id()).isNotBlank();
    }
  }

  @Test
  void aUsersFileMayNameFiltersAsStringsOrListsAndDefaultsTheControls() {
    ClaimsFile.Contents contents =
        ClaimsFile.parse(
            """
            {"schema": "devpay-claims/1", "claims": [{
              "id": "go-over-java-in-berlin",
              "text": "Go developers earn more than Java developers in Berlin.",
              "effects": [{
                "measure": "adjusted_log_premium",
                "focal": {"skill": "go"},
                "baseline": {"skill": ["java"]},
                "population": {"metro": "Berlin"},
                "datasets": ["it-salary-survey-eu"],
                "decision": {"rule": "greater", "threshold": 0}
              }]
            }]}
            """,
            "berlin.json");

    ClaimEffect effect = contents.claims().get(0).effects().get(0);
    assertThat(effect.focal().skills()).containsExactly("go");
    assertThat(effect.baseline().orElseThrow().skills()).containsExactly("java");
    assertThat(effect.population().metros()).containsExactly("Berlin");
    assertThat(effect.datasets()).containsExactly("it-salary-survey-eu");
    assertThat(effect.controls()).isEqualTo(Control.DEFAULTS);
    assertThat(effect.decides()).isTrue();
    assertThat(effect.robustToPooling()).isFalse();
    assertThat(contents.claims().get(0).combination()).isEqualTo(Claim.Combination.ALL);
  }

  @Test
  void mistakesAreBadInputNamingTheClaimAndTheField() {
    for (String[] bad :
        List.of(
            new String[] {"{\"schema\": \"other/1\", \"claims\": []}", "\"schema\" must be"},
            new String[] {"not json", "is not valid JSON"},
            new String[] {
              claim(
                  "\"focal\": {\"role\": \"backend\"}, \"decision\": {\"rule\": \"greater\"},"
                      + " \"colour\": 1"),
              "claim 1 (x), effect 1 has an unknown field \"colour\""
            },
            new String[] {
              claim("\"focal\": {\"skil\": \"go\"}, \"decision\": {\"rule\": \"greater\"}"),
              "focal has an unknown field \"skil\""
            },
            new String[] {
              claim("\"focal\": {\"role\": \"backend\"}, \"decision\": {\"rule\": \"bigger\"}"),
              "unknown rule \"bigger\""
            },
            new String[] {
              claim(
                  "\"focal\": {\"role\": \"backend\"}, \"decision\": {\"rule\": \"within\","
                      + " \"lower\": 5}"),
              "needs \"upper\""
            })) {
      assertThatThrownBy(() -> ClaimsFile.parse(bad[0], "mine.json"))
          .isInstanceOf(DevpayException.class)
          .hasMessageContaining(bad[1])
          .satisfies(
              e ->
                  assertThat(((DevpayException) e).category()).isEqualTo(ErrorCategory.USER_INPUT));
    }
  }

  private static String claim(String effect) {
    return "{\"schema\": \"devpay-claims/1\", \"claims\": [{\"id\": \"x\", \"text\": \"t\","
        + " \"effects\": [{\"measure\": \"adjusted_log_premium\", "
        + effect
        + "}]}]}";
  }
}
