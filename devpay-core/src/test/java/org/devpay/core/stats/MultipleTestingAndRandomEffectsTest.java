package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class MultipleTestingAndRandomEffectsTest {
  @Test
  void benjaminiHochbergMatchesStatsmodelsInInputOrder() {
    AdjustedPValues adjusted = MultipleTesting.benjaminiHochberg(0.01, 0.04, 0.03, 0.2, 0.005);
    // statsmodels 0.13.5: multipletests([0.01,0.04,0.03,0.2,0.005], method='fdr_bh')[1]
    double[] expected = {0.025, 0.05, 0.05, 0.2, 0.025};
    for (int i = 0; i < expected.length; i++) {
      assertThat(adjusted.adjusted(i)).isCloseTo(expected[i], within(1e-15));
    }
    assertThat(adjusted.rejected(0, 0.05)).isTrue();
    assertThat(adjusted.rejected(3, 0.05)).isFalse();
    assertThat(adjusted.method()).isEqualTo(MultipleTesting.Adjustment.BENJAMINI_HOCHBERG);
  }

  @Test
  void benjaminiHochbergRejectsAnEmptyFamilyAndImpossiblePValues() {
    assertThatThrownBy(MultipleTesting::benjaminiHochberg)
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultipleTesting.benjaminiHochberg(0.5, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void homogeneousStudiesGiveTauSquaredZeroWhereStatsmodelsGoesNegative() {
    double[] effects = {0.1, 0.12, 0.11};
    double[] errors = {0.05, 0.06, 0.04};
    PooledEffect pooled = RandomEffects.withDefaults().pool(effects, errors);
    // statsmodels combine_effects(..., method_re='dl'): tau2 = -0.0023552, i2 = -29.016,
    // mean_effect_fe = 0.10906183368869934. DerSimonian-Laird truncates τ² at 0, so the random
    // effects estimate equals the fixed-effect one.
    assertThat(pooled.tauSquared()).isZero();
    assertThat(pooled.iSquared()).isZero();
    assertThat(pooled.fixedEffect()).isCloseTo(0.10906183368869934, within(1e-15));
    assertThat(pooled.pooled().estimate()).isCloseTo(pooled.fixedEffect(), within(1e-15));
    assertThat(pooled.method()).isEqualTo(PooledEffect.Method.DERSIMONIAN_LAIRD);
  }

  @Test
  void thePooledPValueIsTheTwoSidedNormalTailOfEstimateOverStandardError() {
    PooledEffect pooled =
        RandomEffects.withDefaults()
            .pool(new double[] {0.05, 0.12, 0.09}, new double[] {0.03, 0.02, 0.04});
    // Independently, by commons-math's normal distribution: 2 (1 − Φ(|z|)).
    double z = pooled.pooled().estimate() / pooled.standardError();
    double expected =
        2 * (1 - new NormalDistribution(null, 0, 1).cumulativeProbability(Math.abs(z)));
    assertThat(z).isGreaterThan(2);
    assertThat(pooled.pValue()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void poolingNeedsTwoStudiesWithPositiveErrors() {
    assertThatThrownBy(
            () -> RandomEffects.withDefaults().pool(new double[] {0.1}, new double[] {0.02}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two");
    assertThatThrownBy(
            () -> RandomEffects.withDefaults().pool(new double[] {0.1, 0.2}, new double[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
