package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void aRunOfTheSortedRowsEqualsTheSampleOfTheRowsKept() {
    SplittableRandom random = new SplittableRandom(12);
    int empty = 0;
    int wholeRuns = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(round < 150 ? 40 : 3_000);
      double[] values = new double[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        // Ties and fractional weights, so that the kept rows' weights must keep their order.
        values[i] = Math.exp(random.nextInt(1, 40) / 4.0);
        weights[i] = round % 2 == 0 ? 1 : 1 + random.nextInt(7) / 4.0;
      }
      // Fences on the logarithm, as the screen's: sometimes outside every value, sometimes on one.
      double lower = Math.log(values[random.nextInt(n)]) - (round % 5 == 0 ? 20 : 0);
      double upper = lower + random.nextInt(0, 6) + (round % 7 == 0 ? 20 : 0);
      boolean[] kept = new boolean[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        double log = Math.log(values[i]);
        kept[i] = !(log < lower) && !(log > upper);
        count += kept[i] ? 1 : 0;
      }
      double[] keptValues = new double[count];
      double[] keptWeights = new double[count];
      for (int i = 0, j = 0; i < n; i++) {
        if (kept[i]) {
          keptValues[j] = values[i];
          keptWeights[j++] = weights[i];
        }
      }
      Sample whole = Sample.weighted(values, weights);
      if (count == 0) {
        // Fences beside every value: nothing is kept, which no sample can hold.
        assertThatThrownBy(() -> whole.within(v -> Math.log(v) < lower, v -> Math.log(v) > upper))
            .isInstanceOf(IllegalArgumentException.class);
        empty++;
        continue;
      }

      Sample run = whole.within(v -> Math.log(v) < lower, v -> Math.log(v) > upper);

      Sample expected = Sample.weighted(keptValues, keptWeights);
      assertThat(run.sortedValues()).as("round %d", round).containsExactly(expected.sortedValues());
      assertThat(run.sortedWeights())
          .as("round %d", round)
          .containsExactly(expected.sortedWeights());
      assertThat(run.totalWeight()).as("round %d", round).isEqualTo(expected.totalWeight());
      assertThat(run.median()).as("round %d", round).isEqualTo(expected.median());
      if (count == n) {
        assertThat(run).isSameAs(whole);
        wholeRuns++;
      }
    }
    // Both edge cases were met, besides runs that cut rows at either end.
    assertThat(empty).isPositive();
    assertThat(wholeRuns).isPositive();
  }

  @Test
  void aRunWithNoRowIsRefused() {
    Sample sample = Sample.of(new double[] {1, 2, 3});

    assertThatThrownBy(() -> sample.within(v -> v < 5, v -> v > 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no value");
  }
}
