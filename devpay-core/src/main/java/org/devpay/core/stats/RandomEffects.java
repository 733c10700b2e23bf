package org.devpay.core.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Random-effects pooling of per-dataset estimates (devpay: log premiums, one per survey edition)
 * with the DerSimonian-Laird between-study variance, so that a pooled premium admits that datasets
 * genuinely differ. Immutable: configure with {@code with...} methods.
 *
 * <p>For k estimates y_i with standard errors s_i, fixed-effect weights w_i = 1/s_i², ȳ_F = Σw_i
 * y_i/Σw_i, Cochran's Q = Σw_i(y_i − ȳ_F)² on k − 1 degrees of freedom, τ² = max(0, (Q − (k − 1)) /
 * (Σw_i − Σw_i²/Σw_i)), random-effects weights w*_i = 1/(s_i² + τ²), pooled estimate ȳ_R = Σw*_i
 * y_i/Σw*_i with SE = 1/√Σw*_i, Wald interval ȳ_R ± z_{1−α/2} SE, and I² = max(0, (Q − (k − 1))/Q).
 *
 * <p>Hartung-Knapp-Sidik-Jonkman (HKSJ): SE_HK = √(Σw*_i (y_i − ȳ_R)² / ((k − 1) Σw*_i)) and the
 * interval ȳ_R ± t_{k−1, 1−α/2} SE_HK, which keeps its nominal coverage with few studies where the
 * Wald interval does not (no truncation of the variance factor: as metafor 3.8's {@code
 * test="knha"}). Prediction interval for the effect in a new study: ȳ_R ± t_{k−1, 1−α/2} √(SE_HK² +
 * τ²), as metafor's {@code predict()} of that fit.
 *
 * <p>Equals {@code statsmodels.stats.meta_analysis.combine_effects(y, s**2, method_re='dl')}
 * ({@code mean_effect_re}, {@code sd_eff_w_re}, {@code conf_int(use_t=False)[1]}, {@code tau2},
 * {@code q}, {@code i2}) whenever Q ≥ k − 1. When Q &lt; k − 1 statsmodels reports a negative τ²
 * and I²; devpay truncates both at 0, as DerSimonian and Laird, metafor and Stata do.
 *
 * <p>Reference: DerSimonian R, Laird N (1986) Meta-analysis in clinical trials. Controlled Clinical
 * Trials 7(3):177–188, doi:10.1016/0197-2456(86)90046-2; Higgins JPT, Thompson SG (2002) Stat Med
 * 21(11):1539–1558, doi:10.1002/sim.1186 (I²); Hartung J, Knapp G (2001) Stat Med 20(24):3875–3889,
 * doi:10.1002/sim.1009; Sidik K, Jonkman JN (2002) Stat Med 21(21):3153–3159, doi:10.1002/sim.1262;
 * Higgins JPT, Thompson SG, Spiegelhalter DJ (2009) J R Stat Soc A 172(1):137–159,
 * doi:10.1111/j.1467-985X.2008.00552.x (prediction intervals).
 */
public final class RandomEffects {
  private final double confidence;

  private RandomEffects(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    this.confidence = confidence;
  }

  /** DerSimonian-Laird with 95% intervals. */
  public static RandomEffects withDefaults() {
    return new RandomEffects(0.95);
  }

  public RandomEffects withConfidence(double level) {
    return new RandomEffects(level);
  }

  /**
   * Pools estimates with their standard errors.
   *
   * @throws IllegalArgumentException with fewer than two studies, different lengths, or an estimate
   *     or standard error that is not finite (standard errors must be &gt; 0)
   */
  public PooledEffect pool(double[] estimates, double[] standardErrors) {
    int k = estimates.length;
    if (k != standardErrors.length) {
      throw new IllegalArgumentException("estimates and standard errors differ in number");
    }
    if (k < 2) {
      throw new IllegalArgumentException("pooling needs at least two studies: " + k);
    }
    double[] weights = new double[k];
    double totalWeight = 0;
    double weightedSum = 0;
    double squaredWeights = 0;
    for (int i = 0; i < k; i++) {
      double s = standardErrors[i];
      if (!Double.isFinite(estimates[i]) || !(s > 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException(
            "study " + i + ": estimate " + estimates[i] + ", standard error " + s);
      }
      weights[i] = 1 / (s * s);
      totalWeight += weights[i];
      weightedSum += weights[i] * estimates[i];
      squaredWeights += weights[i] * weights[i];
    }
    double fixed = weightedSum / totalWeight;
    double q = 0;
    for (int i = 0; i < k; i++) {
      q += weights[i] * (estimates[i] - fixed) * (estimates[i] - fixed);
    }
    int freedom = k - 1;
    double c = totalWeight - squaredWeights / totalWeight;
    double tauSquared = Math.max(0, (q - freedom) / c);
    double randomWeight = 0;
    double randomSum = 0;
    for (int i = 0; i < k; i++) {
      double w = 1 / (standardErrors[i] * standardErrors[i] + tauSquared);
      randomWeight += w;
      randomSum += w * estimates[i];
    }
    double pooled = randomSum / randomWeight;
    double standardError = Math.sqrt(1 / randomWeight);
    double half = -StandardNormal.inverse((1 - confidence) / 2) * standardError;
    double iSquared = q > 0 ? Math.max(0, (q - freedom) / q) : 0;
    double residual = 0;
    for (int i = 0; i < k; i++) {
      double w = 1 / (standardErrors[i] * standardErrors[i] + tauSquared);
      residual += w * (estimates[i] - pooled) * (estimates[i] - pooled);
    }
    double hartungKnappError = Math.sqrt(residual / (freedom * randomWeight));
    double t = LinearFit.tQuantile(freedom, confidence);
    double hkHalf = t * hartungKnappError;
    double predictionHalf = t * Math.sqrt(hartungKnappError * hartungKnappError + tauSquared);
    // The upper tail directly, which keeps tiny p-values accurate.
    double heterogeneity = Gamma.regularizedGammaQ(freedom / 2.0, q / 2);
    return new PooledEffect(
        new Estimate(
            pooled, pooled - half, pooled + half, confidence, IntervalMethod.WALD_NORMAL, 0, 0),
        standardError,
        fixed,
        Math.sqrt(1 / totalWeight),
        tauSquared,
        q,
        freedom,
        heterogeneity,
        iSquared,
        k,
        PooledEffect.Method.DERSIMONIAN_LAIRD,
        new Estimate(
            pooled,
            pooled - hkHalf,
            pooled + hkHalf,
            confidence,
            IntervalMethod.HARTUNG_KNAPP_T,
            0,
            0),
        hartungKnappError,
        new Estimate(
            pooled,
            pooled - predictionHalf,
            pooled + predictionHalf,
            confidence,
            IntervalMethod.PREDICTION_T,
            0,
            0));
  }
}
