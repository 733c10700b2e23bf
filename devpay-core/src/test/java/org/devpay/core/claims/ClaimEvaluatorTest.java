package org.devpay.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.TestRecords;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.GroupSelector;
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

  /**
   * Six editions of 40 back-end and 40 front-end rows with a nearly noiseless log premium each:
   * five between +16% and +22%, one at -2%. The HKSJ interval of the pool clears 0, the prediction
   * interval for a new dataset does not.
   */
  private static PayData sixEditions(double... premiums) {
    TestRecords[] editions = new TestRecords[premiums.length];
    for (int e = 0; e < premiums.length; e++) {
      editions[e] = TestRecords.edition("survey-" + (char) ('a' + e), "2020");
      for (int i = 0; i < 40; i++) {
        double wobble = 1 + 0.001 * ((i % 4) - 1.5);
        editions[e].add(RoleFamily.FRONTEND, 1 + i % 10, 50_000 * wobble);
        editions[e].add(RoleFamily.BACKEND, 1 + i % 10, 50_000 * Math.exp(premiums[e]) * wobble);
      }
    }
    return TestRecords.data(editions);
  }

  @Test
  void aClearPoolWhosePredictionIntervalCrossesTheLineDependsOnTheDataset() {
    ClaimEffect higher =
        effect(
            "back-end over front-end",
            RoleFamily.BACKEND,
            RoleFamily.FRONTEND,
            DecisionRule.greater(0),
            true);
    EffectVerdict verdict =
        ClaimEvaluator.with(SETTINGS)
            .evaluate(
                List.of(claim("split", Claim.Combination.ALL, higher)),
                sixEditions(0.20, 0.18, 0.22, 0.16, 0.19, -0.02))
            .verdicts()
            .get(0)
            .headline();

    assertThat(verdict.verdict()).isEqualTo(Verdict.DEPENDS_ON_DATASET);
    // Decided on the HKSJ interval (six editions, fewer than ten), which clears 0 ...
    assertThat(verdict.basis()).contains("Hartung-Knapp-Sidik-Jonkman");
    assertThat(verdict.value().orElseThrow().lower()).isPositive();
    assertThat(verdict.value()).isEqualTo(verdict.hartungKnapp());
    // ... while a new dataset could fall below it.
    assertThat(verdict.prediction().orElseThrow().lower()).isNegative();
    assertThat(verdict.editionsOn(DecisionRule.Side.CLAIMED))
        .containsExactly(
            "survey-a 2020", "survey-b 2020", "survey-c 2020", "survey-d 2020", "survey-e 2020");
    assertThat(verdict.editionsOn(DecisionRule.Side.OTHER)).containsExactly("survey-f 2020");
    assertThat(verdict.perEdition()).hasSize(6);
    assertThat(verdict.perEdition().get(5).value().estimate())
        .isCloseTo(100 * Math.expm1(-0.02), org.assertj.core.api.Assertions.within(0.01));
    assertThat(verdict.sentence())
        .contains("prediction interval for a new dataset")
        .contains("On the other side: survey-f 2020");
    // Five editions clear the line, one does not: moderate, not strong.
    assertThat(verdict.label()).isEqualTo(ConfidenceLabel.MODERATE);
  }

  @Test
  void everyEditionClearingTheLineIsStrongAndThePredictionIntervalToo() {
    ClaimEffect higher =
        effect(
            "back-end over front-end",
            RoleFamily.BACKEND,
            RoleFamily.FRONTEND,
            DecisionRule.greater(0),
            true);
    EffectVerdict verdict =
        ClaimEvaluator.with(SETTINGS)
            .evaluate(
                List.of(claim("all", Claim.Combination.ALL, higher)),
                sixEditions(0.20, 0.18, 0.22, 0.16, 0.19, 0.21))
            .verdicts()
            .get(0)
            .headline();
    assertThat(verdict.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(verdict.label()).isEqualTo(ConfidenceLabel.STRONG);
    assertThat(verdict.prediction().orElseThrow().lower()).isPositive();
  }

  @Test
  void anEffectThatAsksForRobustnessListsEveryPoolingChoice() {
    ClaimEffect higher =
        new ClaimEffect(
            "back-end over front-end",
            Measure.ADJUSTED_LOG_PREMIUM,
            GroupSelector.roles(RoleFamily.BACKEND),
            Optional.of(GroupSelector.roles(RoleFamily.FRONTEND)),
            GroupSelector.EVERYONE,
            Set.of(),
            List.of(Control.EXPERIENCE),
            DecisionRule.greater(0),
            true,
            true);
    // Two editions far apart: the fixed effect sits on the precise one, HKSJ (t on 1 df) is wide.
    EffectVerdict verdict =
        ClaimEvaluator.with(SETTINGS)
            .evaluate(
                List.of(claim("pool", Claim.Combination.ALL, higher)), sixEditions(0.01, 0.30))
            .verdicts()
            .get(0)
            .headline();
    assertThat(verdict.pooling())
        .extracting(EffectVerdict.PoolingVariant::method)
        .containsExactly("Hartung-Knapp-Sidik-Jonkman", "DerSimonian-Laird normal", "fixed effect");
    assertThat(verdict.pooling().get(2).verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(verdict.pooling().get(0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(verdict.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(verdict.sentence()).contains("Not robust to the pooling choice");
  }

  @Test
  void verdictsCombineWithDependsOnTheDatasetBetweenSupportedAndInconclusive() {
    Claim.Combination all = Claim.Combination.ALL;
    Claim.Combination any = Claim.Combination.ANY;
    Verdict s = Verdict.SUPPORTED;
    Verdict d = Verdict.DEPENDS_ON_DATASET;
    Verdict i = Verdict.INCONCLUSIVE;
    Verdict c = Verdict.CONTRADICTED;
    Verdict n = Verdict.NO_DATA;
    assertThat(ClaimEvaluator.combine(all, List.of(s, s))).isEqualTo(s);
    assertThat(ClaimEvaluator.combine(all, List.of(s, d))).isEqualTo(d);
    assertThat(ClaimEvaluator.combine(all, List.of(s, d, i))).isEqualTo(i);
    assertThat(ClaimEvaluator.combine(all, List.of(s, d, c))).isEqualTo(c);
    assertThat(ClaimEvaluator.combine(all, List.of(s, n))).isEqualTo(i);
    assertThat(ClaimEvaluator.combine(all, List.of(n, n))).isEqualTo(n);
    assertThat(ClaimEvaluator.combine(any, List.of(i, d))).isEqualTo(d);
    assertThat(ClaimEvaluator.combine(any, List.of(d, s))).isEqualTo(s);
    assertThat(ClaimEvaluator.combine(any, List.of(c, c))).isEqualTo(c);
    assertThat(ClaimEvaluator.combine(any, List.of(c, i))).isEqualTo(i);
  }

  @Test
  void labelsFollowTheirRules() {
    DecisionRule rule = DecisionRule.greater(0);
    org.devpay.core.stats.Estimate clear = estimate(5, 1, 9);
    org.devpay.core.stats.Estimate crossing = estimate(5, -1, 9);
    EditionFigure above = edition(estimate(6, 2, 10), rule);
    EditionFigure unclear = edition(estimate(3, -2, 8), rule);
    assertThat(ClaimEvaluator.label(rule, clear, List.of(above, above), 100))
        .isEqualTo(ConfidenceLabel.STRONG);
    assertThat(ClaimEvaluator.label(rule, clear, List.of(above, unclear), 100))
        .isEqualTo(ConfidenceLabel.MODERATE);
    assertThat(ClaimEvaluator.label(rule, clear, List.of(above), 100))
        .isEqualTo(ConfidenceLabel.MODERATE);
    assertThat(ClaimEvaluator.label(rule, crossing, List.of(above, above), 100))
        .isEqualTo(ConfidenceLabel.WEAK);
    assertThat(ClaimEvaluator.label(rule, clear, List.of(above, above), 29))
        .isEqualTo(ConfidenceLabel.TOO_FEW);
  }

  private static org.devpay.core.stats.Estimate estimate(double e, double lo, double hi) {
    return new org.devpay.core.stats.Estimate(
        e, lo, hi, 0.95, org.devpay.core.stats.IntervalMethod.WALD_STUDENT_T, 0, 0);
  }

  private static EditionFigure edition(org.devpay.core.stats.Estimate value, DecisionRule rule) {
    return new EditionFigure(
        "x 2020",
        value,
        0.05,
        0.01,
        0.01,
        100,
        "HC1",
        rule.side(value.lower(), value.upper()),
        false);
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
