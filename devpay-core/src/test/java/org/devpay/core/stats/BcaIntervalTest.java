package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BcaIntervalTest {
  @Test
  void accelerationOfTheMeanIsItsSkewnessFormula() {
    // For the mean, θ_(i) = (Σx − x_i)/(n − 1), so U_i = x_i − x̄ and
    // a = Σ(x − x̄)³ / (6 (Σ(x − x̄)²)^{3/2}) (Efron and Tibshirani 1993, eq. 14.15).
    double[] x = {1, 2, 2, 3, 7, 12, 30};
    int n = x.length;
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / n;
    double[] jackknife = new double[n];
    double cubes = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      jackknife[i] = (sum - x[i]) / (n - 1);
      cubes += Math.pow(x[i] - mean, 3);
      squares += Math.pow(x[i] - mean, 2);
    }
    assertThat(BcaInterval.acceleration(List.of(jackknife)))
        .isCloseTo(cubes / (6 * Math.pow(squares, 1.5)), within(1e-14));
  }

  @Test
  void withoutBiasOrAccelerationBcaIsThePercentileInterval() {
    // Symmetric replicates around the estimate and constant jackknife values: z0 = 0, a = 0.
    double[] replicates = new double[1001];
    for (int i = 0; i < replicates.length; i++) {
      replicates[i] = i - 500;
    }
    BcaInterval interval = BcaInterval.of(0, replicates, List.of(new double[] {1, 1, 1}), 0.95);
    assertThat(interval.biasCorrection()).isCloseTo(0, within(1e-15));
    assertThat(interval.acceleration()).isZero();
    assertThat(interval.lowerProbability()).isCloseTo(0.025, within(1e-15));
    assertThat(interval.lower()).isCloseTo(Quantiles.of(replicates, 0.025), within(1e-9));
    assertThat(interval.upper()).isCloseTo(Quantiles.of(replicates, 0.975), within(1e-9));
  }

  @Test
  void replicatesAllOnOneSideStayFinite() {
    double[] replicates = new SplittableRandom(1).doubles(500, 2, 3).toArray();
    BcaInterval interval = BcaInterval.of(1, replicates, List.of(new double[] {1, 2, 4}), 0.95);
    assertThat(interval.lower()).isBetween(2.0, 3.0);
    assertThat(interval.upper()).isBetween(2.0, 3.0);
  }

  @Test
  void rejectsMissingReplicates() {
    assertThatThrownBy(() -> BcaInterval.of(1, new double[0], List.of(new double[] {1, 2}), 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bootstrapRecordsTheBcaMethodAndReproducesWithTheSameSeed() {
    Sample a = Sample.of(new SplittableRandom(4).doubles(801, 50_000, 90_000).toArray());
    Bootstrap bca =
        Bootstrap.withDefaults()
            .withResamples(500)
            .withIntervalMethod(IntervalMethod.BOOTSTRAP_BCA);
    Estimate first = bca.median(a);
    assertThat(first.method()).isEqualTo(IntervalMethod.BOOTSTRAP_BCA);
    assertThat(bca.median(a)).isEqualTo(first);
    assertThat(first.lower()).isLessThanOrEqualTo(first.estimate());
    assertThat(first.upper()).isGreaterThanOrEqualTo(first.estimate());
  }
}
