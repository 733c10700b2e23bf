package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

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
}
