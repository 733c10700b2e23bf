package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JackknifeTest {
  @Test
  void deleteOneQuantilesEqualRecomputingWithoutEachRow() {
    // 400 seeded cases, weighted and not, coarse values so ties are common: the O(n log n)
    // closed form must equal n full recomputations exactly.
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 400; trial++) {
      int n = 2 + random.nextInt(25);
      double[] values = new double[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(12) * 500.0;
        weights[i] = trial % 2 == 0 ? 1 : 1 + random.nextInt(4);
      }
      double p = trial % 3 == 0 ? 0.5 : random.nextDouble();
      Sample sample = Sample.weighted(values, weights);
      double[] jackknife = Jackknife.quantiles(sample, p);
      double[] sorted = sample.sortedValues();
      double[] sortedWeights = sample.sortedWeights();
      for (int i = 0; i < n; i++) {
        double[] restValues = new double[n - 1];
        double[] restWeights = new double[n - 1];
        for (int j = 0, k = 0; j < n; j++) {
          if (j != i) {
            restValues[k] = sorted[j];
            restWeights[k++] = sortedWeights[j];
          }
        }
        assertThat(jackknife[i])
            .as("trial %d, row %d, p %s", trial, i, p)
            .isEqualTo(Quantiles.ofSortedWeighted(restValues, restWeights, p));
      }
    }
  }

  @Test
  void deleteOneMediansOfAnEvenUnweightedSampleTakeTheTextbookTwoValues() {
    double[] medians = Jackknife.medians(Sample.of(new double[] {4, 1, 3, 2}));
    // Removing 1 or 2 leaves median 3; removing 3 or 4 leaves median 2.
    assertThat(medians).containsExactly(3, 3, 2, 2);
  }

  @Test
  void rejectsASingleRow() {
    assertThatThrownBy(() -> Jackknife.medians(Sample.of(new double[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two rows");
  }
}
