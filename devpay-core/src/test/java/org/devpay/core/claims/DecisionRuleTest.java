package org.devpay.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecisionRuleTest {
  @Test
  void greaterIsSupportedOnlyWhenTheWholeIntervalClearsTheThreshold() {
    DecisionRule rule = DecisionRule.greater(5);
    assertThat(rule.decide(12, 6, 18, true)).isEqualTo(Verdict.SUPPORTED);
    assertThat(rule.decide(12, 6, 18, false)).isEqualTo(Verdict.INCONCLUSIVE);
    // The estimate reaches +5% but the interval starts below it (claim 5's Python before issue 9).
    assertThat(rule.decide(6.4, 1.7, 11.4, true)).isEqualTo(Verdict.INCONCLUSIVE);
    // Claim 3's old pool: +192% [+14%, +647%] against a +20% line.
    assertThat(DecisionRule.greater(20).decide(191.8, 14.0, 647.1, true))
        .isEqualTo(Verdict.INCONCLUSIVE);
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
    assertThat(DecisionRule.less(-5).decide(-8, -10, -4, true)).isEqualTo(Verdict.INCONCLUSIVE);
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
  void theSideOfTheLineIgnoresSignificance() {
    DecisionRule rule = DecisionRule.greater(0);
    assertThat(rule.side(1, 5)).isEqualTo(DecisionRule.Side.CLAIMED);
    assertThat(rule.side(-5, -1)).isEqualTo(DecisionRule.Side.OTHER);
    assertThat(rule.side(-1, 5)).isEqualTo(DecisionRule.Side.CROSSES);
    DecisionRule margin = DecisionRule.within(-15, 5);
    assertThat(margin.side(-6, -4)).isEqualTo(DecisionRule.Side.CLAIMED);
    assertThat(margin.side(6, 9)).isEqualTo(DecisionRule.Side.OTHER);
    assertThat(margin.side(-20, 0)).isEqualTo(DecisionRule.Side.CROSSES);
    assertThat(rule.line("%")).isEqualTo("0%");
    assertThat(DecisionRule.greater(20).line("%")).isEqualTo("+20.0%");
    assertThat(margin.line("%")).isEqualTo("the margin [-15.0%, +5.0%]");
  }

  @Test
  void thresholdsOnTheWrongSideAreRefused() {
    assertThatThrownBy(() -> DecisionRule.greater(-1)).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> DecisionRule.less(1)).hasMessageContaining("<= 0");
    assertThatThrownBy(() -> DecisionRule.within(5, -15)).hasMessageContaining("lower < upper");
  }
}
