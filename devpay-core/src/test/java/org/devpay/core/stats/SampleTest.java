package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A sample is a value: equal to another exactly when both hold the same values and weights. */
class SampleTest {
  @Test
  void samplesOfTheSameRowsInAnotherOrderAreEqual() {
    Sample a = Sample.weighted(new double[] {3, 1, 2}, new double[] {1, 2, 1});
    Sample b = Sample.weighted(new double[] {1, 2, 3}, new double[] {2, 1, 1});

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.median()).isEqualTo(b.median());
  }

  @Test
  void aDifferentWeightOrValueMakesADifferentSample() {
    Sample a = Sample.weighted(new double[] {1, 2, 3}, new double[] {2, 1, 1});

    assertThat(a).isNotEqualTo(Sample.weighted(new double[] {1, 2, 3}, new double[] {1, 2, 1}));
    assertThat(a).isNotEqualTo(Sample.weighted(new double[] {1, 2, 4}, new double[] {2, 1, 1}));
    assertThat(a).isNotEqualTo(Sample.of(new double[] {1, 2, 3}));
    assertThat(a).isNotEqualTo(Sample.of(new double[] {1, 1, 2, 3}));
  }

  @Test
  void sortsAsAStableSortOfTheRowsByValue() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(round < 100 ? 30 : 5_000);
      double[] values = new double[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        // Few distinct values (many ties), both signs of zero, and weights where the round asks.
        values[i] = random.nextInt(4) == 0 ? -0.0 : random.nextInt(-3, 12) * 1000.0;
        weights[i] = round % 3 == 0 ? 1 : 1 + random.nextInt(5);
      }
      Sample sample = Sample.weighted(values, weights);

      // The reference: the rows' positions sorted by value with a stable sort (TimSort).
      Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
      double[] expectedValues = Arrays.stream(order).mapToDouble(i -> values[i]).toArray();
      double[] expectedWeights = Arrays.stream(order).mapToDouble(i -> weights[i]).toArray();
      assertThat(sample.sortedValues()).as("round %d", round).containsExactly(expectedValues);
      assertThat(sample.sortedWeights()).as("round %d", round).containsExactly(expectedWeights);
    }
  }
}
