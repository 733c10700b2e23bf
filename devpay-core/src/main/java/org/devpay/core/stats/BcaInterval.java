package org.devpay.core.stats;

import java.util.Arrays;
import java.util.List;

/**
 * A bias-corrected and accelerated (BCa) bootstrap interval with the two constants that made it, so
 * a reader can see how far it moved from the percentile interval and a test can check each step
 * against SciPy.
 *
 * <p>With the estimate θ̂, replicates θ*_1..θ*_B and α = 1 − confidence:
 *
 * <ul>
 *   <li>bias correction z₀ = Φ⁻¹(p₀), p₀ = (#{θ*_b &lt; θ̂} + #{θ*_b ≤ θ̂}) / 2B: a replicate equal
 *       to the estimate counts one half (SciPy's {@code _percentile_of_score}, the "mean" kind of
 *       {@code percentileofscore}). When every replicate lies on one side p₀ is clamped to 1/2B or
 *       1 − 1/2B, so the interval stays finite where SciPy returns NaN.
 *   <li>acceleration a = Σ_j Σ_i U_ji³/n_j³ / (6 (Σ_j Σ_i U_ji²/n_j²)^{3/2}) with jackknife
 *       influence values U_ji = (n_j − 1)(θ̄_j − θ_(ji)) for each independently resampled sample j
 *       of n_j rows (Efron and Tibshirani 1993, eq. 14.15, extended to several samples as SciPy
 *       1.10 does). a = 0 when every jackknife value is the same.
 *   <li>α₁ = Φ(z₀ + (z₀ + z_{α/2}) / (1 − a(z₀ + z_{α/2}))), α₂ likewise with z_{1−α/2}; the
 *       interval is the type-7 quantiles of the replicates at α₁ and α₂ ({@code numpy.percentile}).
 * </ul>
 *
 * <p>Reference: Efron B (1987) Better bootstrap confidence intervals. JASA 82(397):171–185,
 * doi:10.1080/01621459.1987.10478410.
 *
 * @param estimate θ̂
 * @param lower the α₁ quantile of the replicates
 * @param upper the α₂ quantile of the replicates
 * @param confidence nominal coverage
 * @param biasCorrection z₀
 * @param acceleration a
 * @param lowerProbability α₁
 * @param upperProbability α₂
 * @param resamples B
 */
record BcaInterval(
    double estimate,
    double lower,
    double upper,
    double confidence,
    double biasCorrection,
    double acceleration,
    double lowerProbability,
    double upperProbability,
    int resamples) {

  /**
   * The BCa interval from given replicates and jackknife values.
   *
   * @param estimate θ̂ on the full sample(s)
   * @param replicates bootstrap replicates (any order; not modified)
   * @param jackknifeBySample for each independently resampled sample, its delete-one values
   * @param confidence nominal coverage in (0, 1)
   * @throws IllegalArgumentException on empty or non-finite input, or when 1 − a(z₀ + z) ≤ 0 (an
   *     acceleration so large that the BCa correction is meaningless)
   */
  public static BcaInterval of(
      double estimate, double[] replicates, List<double[]> jackknifeBySample, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    if (replicates.length == 0 || jackknifeBySample.isEmpty()) {
      throw new IllegalArgumentException("BCa needs replicates and jackknife values");
    }
    if (!Double.isFinite(estimate)) {
      throw new IllegalArgumentException("estimate is not finite: " + estimate);
    }
    int below = 0;
    int atOrBelow = 0;
    for (double replicate : replicates) {
      if (!Double.isFinite(replicate)) {
        throw new IllegalArgumentException("replicate is not finite: " + replicate);
      }
      if (replicate < estimate) {
        below++;
      }
      if (replicate <= estimate) {
        atOrBelow++;
      }
    }
    int count = replicates.length;
    double share = (below + (double) atOrBelow) / (2.0 * count);
    double floor = 1 / (2.0 * count);
    share = Math.min(Math.max(share, floor), 1 - floor);
    double biasCorrection = StandardNormal.inverse(share);
    double acceleration = acceleration(jackknifeBySample);

    double alpha = (1 - confidence) / 2;
    double lowerProbability = adjusted(biasCorrection, acceleration, StandardNormal.inverse(alpha));
    double upperProbability =
        adjusted(biasCorrection, acceleration, -StandardNormal.inverse(alpha));
    double[] sorted = replicates.clone();
    Arrays.sort(sorted);
    return new BcaInterval(
        estimate,
        Quantiles.ofSorted(sorted, lowerProbability),
        Quantiles.ofSorted(sorted, upperProbability),
        confidence,
        biasCorrection,
        acceleration,
        lowerProbability,
        upperProbability,
        count);
  }

  /** The interval as an {@link Estimate} of method {@link IntervalMethod#BOOTSTRAP_BCA}. */
  public Estimate toEstimate(long seed) {
    return new Estimate(
        estimate, lower, upper, confidence, IntervalMethod.BOOTSTRAP_BCA, resamples, seed);
  }

  private static double adjusted(double biasCorrection, double acceleration, double z) {
    double shifted = biasCorrection + z;
    double denominator = 1 - acceleration * shifted;
    if (!(denominator > 0)) {
      throw new IllegalArgumentException(
          "BCa undefined: 1 - a(z0 + z) = " + denominator + " with a = " + acceleration);
    }
    return StandardNormal.cdf(biasCorrection + shifted / denominator);
  }

  /** Acceleration from per-sample jackknife values (SciPy 1.10 {@code _bca_interval}). */
  static double acceleration(List<double[]> jackknifeBySample) {
    double numerator = 0;
    double denominator = 0;
    for (double[] values : jackknifeBySample) {
      int n = values.length;
      if (n < 2) {
        throw new IllegalArgumentException("each sample needs at least two jackknife values");
      }
      // The mean as an offset from the first value: when every jackknife value is equal (a
      // delete-one median among heavy ties) the influence values are then exactly 0 rather than
      // rounding noise whose ratio would be an arbitrary acceleration.
      double shift = values[0];
      double sum = 0;
      for (double v : values) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("jackknife value is not finite: " + v);
        }
        sum += v - shift;
      }
      double mean = shift + sum / n;
      double cubes = 0;
      double squares = 0;
      for (double v : values) {
        double influence = (n - 1) * (mean - v);
        squares += influence * influence;
        cubes += influence * influence * influence;
      }
      double size = n;
      numerator += cubes / (size * size * size);
      denominator += squares / (size * size);
    }
    if (denominator == 0) {
      return 0;
    }
    return numerator / (6 * Math.pow(denominator, 1.5));
  }
}
