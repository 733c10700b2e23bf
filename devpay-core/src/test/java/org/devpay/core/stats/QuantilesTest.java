package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void matchesRType7OnOneToTen() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    // pandas 1.5.3: pd.Series(range(1, 11)).quantile([.25, .5, .75, .1]) -> 3.25, 5.5, 7.75, 1.9
    assertThat(Quantiles.of(x, 0.25)).isCloseTo(3.25, within(1e-12));
    assertThat(Quantiles.of(x, 0.5)).isCloseTo(5.5, within(1e-12));
    assertThat(Quantiles.of(x, 0.75)).isCloseTo(7.75, within(1e-12));
    assertThat(Quantiles.of(x, 0.1)).isCloseTo(1.9, within(1e-12));
  }

  @Test
  void matchesPandasOnUnsortedSampleWithTies() {
    double[] x = {5000, 1200, 3000, 3000, 800, 4500, 2500};
    // pandas 1.5.3: pd.Series([5000,1200,3000,3000,800,4500,2500]).quantile([.25,.5,.75])
    //   -> 1850.0, 3000.0, 3750.0
    assertThat(Quantiles.of(x, 0.25)).isCloseTo(1850.0, within(1e-9));
    assertThat(Quantiles.of(x, 0.5)).isCloseTo(3000.0, within(1e-9));
    assertThat(Quantiles.of(x, 0.75)).isCloseTo(3750.0, within(1e-9));
  }

  @Test
  void givesTheExtremesAtZeroAndOne() {
    double[] x = {3, 1, 2};
    assertThat(Quantiles.of(x, 0)).isEqualTo(1);
    assertThat(Quantiles.of(x, 1)).isEqualTo(3);
  }

  @Test
  void singleValueIsEveryQuantile() {
    assertThat(Quantiles.of(new double[] {42}, 0.3)).isEqualTo(42);
    assertThat(Quantiles.ofSortedWeighted(new double[] {42}, new double[] {7}, 0.9)).isEqualTo(42);
  }

  @Test
  void rejectsEmptySamplesAndBadProbabilities() {
    assertThatThrownBy(() -> Quantiles.of(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.of(new double[] {1}, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.of(new double[] {1}, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightedQuantileMatchesPandasRepeatedRows() {
    double[] values = {400000, 600000, 900000, 1500000};
    double[] weights = {3, 1, 5, 2};
    // pandas 1.5.3: s = pd.Series([400000,600000,900000,1500000]).repeat([3,1,5,2]);
    //   s.quantile([.25,.5,.75]) -> 500000.0, 900000.0, 900000.0
    assertThat(Quantiles.ofSortedWeighted(values, weights, 0.25)).isCloseTo(500000.0, within(1e-6));
    assertThat(Quantiles.ofSortedWeighted(values, weights, 0.5)).isCloseTo(900000.0, within(1e-6));
    assertThat(Quantiles.ofSortedWeighted(values, weights, 0.75)).isCloseTo(900000.0, within(1e-6));
  }

  @Test
  void wholeNumberWeightsEqualRepeatingEachValue() {
    // 300 seeded random cases: weighted type 7 must equal plain type 7 on the expanded sample.
    SplittableRandom random = new SplittableRandom(20250119L);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(30);
      double[] sorted = new double[n];
      for (int i = 0; i < n; i++) {
        // Coarse values so that ties occur often.
        sorted[i] = random.nextInt(50) * 1000.0;
      }
      Arrays.sort(sorted);
      double[] weights = new double[n];
      List<Double> expanded = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        weights[i] = 1 + random.nextInt(4);
        for (int k = 0; k < weights[i]; k++) {
          expanded.add(sorted[i]);
        }
      }
      double[] repeated = expanded.stream().mapToDouble(Double::doubleValue).toArray();
      double p = trial % 10 == 0 ? trial % 20 == 0 ? 0 : 1 : random.nextDouble();
      assertThat(Quantiles.ofSortedWeighted(sorted, weights, p))
          .as("trial %d, p = %s", trial, p)
          .isCloseTo(Quantiles.ofSorted(repeated, p), within(1e-6));
    }
  }
}
