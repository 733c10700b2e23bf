package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static double[] lognormal(int n, long seed, double mu) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      // Box-Muller: a log-normal pay-like sample.
      double u = random.nextDouble();
      double v = random.nextDouble();
      double z = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
      x[i] = Math.exp(mu + 0.5 * z);
    }
    return x;
  }

  @Test
  void sameSeedGivesTheSameIntervalAndADifferentSeedDoesNot() {
    Sample a = Sample.of(lognormal(500, 1, 11));
    Sample b = Sample.of(lognormal(400, 2, 10.9));
    Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(1000).withSeed(7);
    Estimate first = bootstrap.ratioOfMedians(a, b);
    Estimate second = bootstrap.ratioOfMedians(a, b);
    Estimate other = bootstrap.withSeed(8).ratioOfMedians(a, b);
    assertThat(second).isEqualTo(first);
    assertThat(other.lower()).isNotEqualTo(first.lower());
    assertThat(other.estimate()).isEqualTo(first.estimate());
  }

  @Test
  void resultDoesNotDependOnTheNumberOfThreads() throws Exception {
    Sample a = Sample.of(lognormal(2000, 3, 11));
    Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(1000);
    double[] parallel = bootstrap.medianReplicates(a);
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      double[] sequential = single.submit(() -> bootstrap.medianReplicates(a)).get();
      assertThat(sequential).containsExactly(parallel);
    } finally {
      single.shutdown();
    }
  }

  @Test
  void eachReplicateIsTheType7MedianOfAResampleDrawnFromTheBlockStream() {
    // Weighted rows, and plain ones (whose resamples all weigh n, which the resampler relies on).
    double[] values = lognormal(101, 4, 10);
    double[] weights = new double[values.length];
    double[] ones = new double[values.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + i % 3;
      ones[i] = 1;
    }
    assertFirstReplicatesAreType7MediansOfTheirResamples(Sample.weighted(values, weights));
    assertFirstReplicatesAreType7MediansOfTheirResamples(Sample.weighted(values, ones));
    assertFirstReplicatesAreType7MediansOfTheirResamples(Sample.of(lognormal(100, 5, 10)));
  }

  /**
   * Independent recomputation of the first replicates: draw the same indices, materialise the
   * resample with each row repeated by its weight, sort it, take the type-7 median.
   */
  private static void assertFirstReplicatesAreType7MediansOfTheirResamples(Sample sample) {
    Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(200).withSeed(99);
    double[] replicates = bootstrap.medianReplicates(sample);

    double[] sortedValues = sample.sortedValues();
    double[] sortedWeights = sample.sortedWeights();
    SplittableRandom root = new SplittableRandom(99);
    SplittableRandom block = new SplittableRandom(root.nextLong());
    for (int r = 0; r < 5; r++) {
      List<Double> expanded = new ArrayList<>();
      for (int i = 0; i < sortedValues.length; i++) {
        int index = block.nextInt(sortedValues.length);
        for (int k = 0; k < sortedWeights[index]; k++) {
          expanded.add(sortedValues[index]);
        }
      }
      double[] resample = expanded.stream().mapToDouble(Double::doubleValue).toArray();
      assertThat(replicates[r]).isCloseTo(Quantiles.of(resample, 0.5), within(1e-9));
    }
  }

  @Test
  void intervalContainsTheEstimateAndNarrowsWithMoreData() {
    Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(1000);
    Estimate small =
        bootstrap.ratioOfMedians(
            Sample.of(lognormal(200, 5, 11)), Sample.of(lognormal(200, 6, 11)));
    Estimate large =
        bootstrap.ratioOfMedians(
            Sample.of(lognormal(20000, 5, 11)), Sample.of(lognormal(20000, 6, 11)));
    assertThat(small.lower()).isLessThanOrEqualTo(small.estimate());
    assertThat(small.upper()).isGreaterThanOrEqualTo(small.estimate());
    assertThat(large.upper() - large.lower()).isLessThan((small.upper() - small.lower()) / 3);
    assertThat(small.method()).isEqualTo(IntervalMethod.BOOTSTRAP_PERCENTILE);
    assertThat(small.confidence()).isEqualTo(0.95);
  }

  @Test
  void detectsARealDifferenceAndNotAnAbsentOne() {
    // Two log-normal samples whose medians differ by a factor e^0.2 = 1.22 (n = 3,000 each).
    Bootstrap bootstrap = Bootstrap.withDefaults();
    Estimate different =
        bootstrap.ratioOfMedians(
            Sample.of(lognormal(3000, 11, 11.2)), Sample.of(lognormal(3000, 12, 11.0)));
    assertThat(different.entirelyAbove(1)).isTrue();
    assertThat(different.estimate()).isCloseTo(Math.exp(0.2), within(0.06));
    Estimate same =
        bootstrap.ratioOfMedians(
            Sample.of(lognormal(3000, 13, 11.0)), Sample.of(lognormal(3000, 14, 11.0)));
    assertThat(same.lower()).isLessThan(1);
    assertThat(same.upper()).isGreaterThan(1);
  }

  @Test
  void rejectsTooFewResamplesAndBadConfidence() {
    assertThatThrownBy(() -> Bootstrap.withDefaults().withResamples(10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bootstrap.withDefaults().withConfidence(1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
