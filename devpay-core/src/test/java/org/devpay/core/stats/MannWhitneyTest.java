package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannWhitneyTest {
  @Test
  void matchesScipyOnASmallSampleWithTies() {
    MannWhitneyResult result =
        MannWhitney.test(new double[] {1, 2, 2, 3, 5, 8}, new double[] {2, 3, 4, 4, 6, 7, 9});
    // scipy 1.10.1: mannwhitneyu([1,2,2,3,5,8], [2,3,4,4,6,7,9], alternative='two-sided',
    //   method='asymptotic', use_continuity=True) -> statistic 12.5, pvalue 0.24915905606273037
    assertThat(result.statistic()).isEqualTo(12.5);
    assertThat(result.pValue()).isCloseTo(0.24915905606273037, within(1e-14));
    assertThat(result.probabilityOfSuperiority()).isCloseTo(12.5 / 42, within(1e-15));
  }

  @Test
  void everyValueTiedGivesPOne() {
    MannWhitneyResult result = MannWhitney.test(new double[] {5, 5}, new double[] {5, 5, 5});
    assertThat(result.pValue()).isEqualTo(1);
  }

  @Test
  void swappingGroupsKeepsThePValueAndMirrorsU() {
    double[] x = {3.1, 4.5, 2.2, 9.0, 7.7};
    double[] y = {1.0, 2.5, 3.3, 0.4};
    MannWhitneyResult forward = MannWhitney.test(x, y);
    MannWhitneyResult backward = MannWhitney.test(y, x);
    assertThat(forward.pValue()).isEqualTo(backward.pValue());
    assertThat(forward.statistic() + backward.statistic()).isEqualTo(20);
  }

  @Test
  void rejectsAnEmptyGroup() {
    assertThatThrownBy(() -> MannWhitney.test(new double[0], new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both groups");
  }
}
