package org.devpay.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecisionRuleTest {
  @Test
  void greaterNeedsAnIntervalAboveZeroAnEstimateAtTheThresholdAndSignificance() {
    DecisionRule rule = DecisionRule.greater(5);
    assertThat(rule.decide(8, 2, 14, true)).isEqualTo(Verdict.SUPPORTED);
    assertThat(rule.decide(8, 2, 14, false)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(rule.decide(4, 1, 7, true)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(rule.decide(-3, -6, 0, true)).isEqualTo(Verdict.CONTRADICTED);
    // A premium of +5% or more is ruled out, although the sign is positive.
    assertThat(rule.decide(2, 1, 3, true)).isEqualTo(Verdict.CONTRADICTED);
    assertThat(rule.decide(3, -1, 8, false)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void lessIsTheMirrorOfGreater() {
    DecisionRule rule = DecisionRule.less(0);
    assertThat(rule.decide(-8, -14, -2, true)).isEqualTo(Verdict.SUPPORTED);
    assertThat(rule.decide(4, 1, 7, true)).isEqualTo(Verdict.CONTRADICTED);
    assertThat(rule.decide(-1, -3, 1, false)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void withinIsAnEquivalenceMarginOnTheWholeInterval() {
    DecisionRule rule = DecisionRule.within(-15, 5);
    assertThat(rule.decide(-4, -5.1, -2.8, true)).isEqualTo(Verdict.SUPPORTED);
    assertThat(rule.decide(-15, -15, 5, false)).isEqualTo(Verdict.SUPPORTED);
    assertThat(rule.decide(3, -1, 7, true)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(rule.decide(10, 6, 14, true)).isEqualTo(Verdict.CONTRADICTED);
    assertThat(rule.decide(-25, -30, -20, true)).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void atLeastNeedsTheWholeIntervalAtOrAboveTheThreshold() {
    DecisionRule rule = DecisionRule.atLeast(-1);
    assertThat(rule.decide(0.5, -0.5, 1.5, false)).isEqualTo(Verdict.SUPPORTED);
    assertThat(rule.decide(-1.7, -2.1, -1.3, true)).isEqualTo(Verdict.CONTRADICTED);
    assertThat(rule.decide(-1, -2, 0, false)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void thresholdsOnTheWrongSideAreRefused() {
    assertThatThrownBy(() -> DecisionRule.greater(-1)).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> DecisionRule.less(1)).hasMessageContaining("<= 0");
    assertThatThrownBy(() -> DecisionRule.within(5, -15)).hasMessageContaining("lower < upper");
  }
}
