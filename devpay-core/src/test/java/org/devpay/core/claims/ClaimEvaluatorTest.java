package org.devpay.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Control;
import org.devpay.core.analysis.GroupSelector;
import org.devpay.core.analysis.TestRecords;
import org.devpay.core.data.PayData;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

class ClaimEvaluatorTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));

  /** 50 back-end at about 60,000 and 50 front-end at about 50,000 EUR (a ~20% gap). */
  private static PayData survey() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 50; i++) {
      edition.add(RoleFamily.BACKEND, 1 + i % 10, 60_000 * (1 + 0.002 * (i - 25)));
      edition.add(RoleFamily.FRONTEND, 1 + i % 10, 50_000 * (1 + 0.002 * (i - 25)));
    }
    return TestRecords.data(edition);
  }

  private static ClaimEffect effect(
      String name, RoleFamily focal, RoleFamily baseline, DecisionRule rule, boolean decides) {
    return new ClaimEffect(
        name,
        Measure.ADJUSTED_LOG_PREMIUM,
        GroupSelector.roles(focal),
        Optional.of(GroupSelector.roles(baseline)),
        GroupSelector.EVERYONE,
        Set.of(),
        List.of(Control.EXPERIENCE),
        rule,
        decides);
  }

  private static Claim claim(String id, Claim.Combination combination, ClaimEffect... effects) {
    return new Claim(
        id,
        "text of " + id,
        "hypothesis",
        List.of(effects),
        combination,
        "decided by",
        "A survey of mobile developers would decide it.",
        "");
  }

  @Test
  void aClaimNoEditionCanTestSaysNoDataAndWhatWouldDecideIt() {
    Claim mobile =
        claim(
            "mobile",
            Claim.Combination.ALL,
            effect(
                "mobile over front-end",
                RoleFamily.MOBILE,
                RoleFamily.FRONTEND,
                DecisionRule.greater(0),
                true));
    ClaimVerdict verdict =
        ClaimEvaluator.with(SETTINGS).evaluate(List.of(mobile), survey()).verdicts().get(0);

    assertThat(verdict.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(verdict.sentence())
        .isEqualTo(
            "No data. No dataset at hand can test it. A survey of mobile developers would decide"
                + " it.");
    assertThat(verdict.headline().value()).isEmpty();
    assertThat(verdict.datasets()).isEmpty();
  }

  @Test
  void effectsCombineSoOneContradictedEffectContradictsAnAllClaim() {
    ClaimEffect higher =
        effect(
            "back-end over front-end",
            RoleFamily.BACKEND,
            RoleFamily.FRONTEND,
            DecisionRule.greater(0),
            true);
    ClaimEffect lower =
        effect(
            "front-end over back-end",
            RoleFamily.FRONTEND,
            RoleFamily.BACKEND,
            DecisionRule.greater(0),
            true);
    ClaimsEvaluation evaluation =
        ClaimEvaluator.with(SETTINGS)
            .evaluate(
                List.of(
                    claim("all", Claim.Combination.ALL, higher, lower),
                    claim("any", Claim.Combination.ANY, higher, lower),
                    claim("context", Claim.Combination.ALL, higher, withDecides(lower, false))),
                survey());

    assertThat(evaluation.verdicts())
        .extracting(ClaimVerdict::verdict)
        .containsExactly(Verdict.CONTRADICTED, Verdict.SUPPORTED, Verdict.SUPPORTED);
    ClaimVerdict context = evaluation.verdicts().get(2);
    assertThat(context.effects().get(1).verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(context.sentence()).contains("(reported, does not decide)");
    EffectVerdict supported = evaluation.verdicts().get(0).effects().get(0);
    // ln(60,000 / 50,000) = 0.1823: +20.0% with every other characteristic equal.
    assertThat(supported.value().orElseThrow().estimate()).isBetween(19.9, 20.1);
    assertThat(supported.adjustedPValue().getAsDouble())
        .isGreaterThanOrEqualTo(supported.pValue().getAsDouble());
    assertThat(evaluation.adjustment()).contains("across the 6 effects");
  }

  private static ClaimEffect withDecides(ClaimEffect effect, boolean decides) {
    return new ClaimEffect(
        effect.name(),
        effect.measure(),
        effect.focal(),
        effect.baseline(),
        effect.population(),
        effect.datasets(),
        effect.controls(),
        effect.rule(),
        decides);
  }
}
