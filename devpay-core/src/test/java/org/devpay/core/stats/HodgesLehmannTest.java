package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HodgesLehmannTest {
  @Test
  void selectionFindsEveryOrderStatisticOfTheMaterialisedDifferences() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 200; trial++) {
      int m = 1 + random.nextInt(15);
      int n = 1 + random.nextInt(15);
      double[] x = new double[m];
      double[] y = new double[n];
      for (int i = 0; i < m; i++) {
        x[i] = trial % 2 == 0 ? random.nextInt(6) : random.nextGaussian() * 3 - 2;
      }
      for (int j = 0; j < n; j++) {
        y[j] = trial % 2 == 0 ? random.nextInt(6) : random.nextGaussian();
      }
      double[] differences = new double[m * n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          differences[i * n + j] = x[i] - y[j];
        }
      }
      Arrays.sort(differences);
      Arrays.sort(x);
      Arrays.sort(y);
      for (int k = 1; k <= m * n; k++) {
        assertThat(HodgesLehmann.orderStatistic(x, y, k))
            .as("trial %d, k %d", trial, k)
            .isEqualTo(differences[k - 1] + 0.0);
      }
    }
  }

  @Test
  void estimateIsTheMedianOfPairwiseDifferencesAndTheIntervalCoversIt() {
    double[] x = {10, 12, 15, 11, 14, 13};
    double[] y = {9, 8, 11, 10, 7};
    ShiftEstimate shift = HodgesLehmann.withDefaults().shift(x, y);
    // 30 differences; numpy.median(numpy.subtract.outer(x, y)) = 3.5
    assertThat(shift.estimate()).isEqualTo(3.5);
    assertThat(shift.pairs()).isEqualTo(30);
    assertThat(shift.lower()).isLessThanOrEqualTo(3.5);
    assertThat(shift.upper()).isGreaterThanOrEqualTo(3.5);
    assertThat(shift.lowerOrder() + shift.upperOrder()).isEqualTo(31);
    assertThat(shift.toEstimate().method()).isEqualTo(IntervalMethod.RANK_SUM_INVERSION);
  }

  @Test
  void lowerOrderFollowsTheContinuityCorrectedNormalRule() {
    // m = n = 10: mn/2 = 50, σ = √(100·21/12) = 13.229, z = −1.95996: 50 − 25.93 + 0.5 = 24.57,
    // so k = 24 (R's exact qwilcox(0.025, 10, 10) = 24 as well).
    assertThat(HodgesLehmann.lowerRank(10, 10, 0.95)).isEqualTo(24);
    assertThat(HodgesLehmann.lowerRank(1, 1, 0.95)).isEqualTo(1);
  }

  @Test
  void aLargerConfidenceGivesAWiderInterval() {
    SplittableRandom random = new SplittableRandom(9);
    double[] x = random.doubles(300).map(v -> v + 0.2).toArray();
    double[] y = random.doubles(200).toArray();
    ShiftEstimate narrow = HodgesLehmann.withDefaults().withConfidence(0.8).shift(x, y);
    ShiftEstimate wide = HodgesLehmann.withDefaults().withConfidence(0.99).shift(x, y);
    assertThat(wide.lower()).isLessThan(narrow.lower());
    assertThat(wide.upper()).isGreaterThan(narrow.upper());
    assertThat(wide.estimate()).isEqualTo(narrow.estimate());
  }

  @Test
  void rejectsEmptyGroupsAndNonFiniteValues() {
    assertThatThrownBy(() -> HodgesLehmann.withDefaults().shift(new double[0], new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> HodgesLehmann.withDefaults().shift(new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
